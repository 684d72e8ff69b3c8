# An exception chain (raise ... from ...) that is never caught.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("could not load config value " + repr(text)) from e
print(load("12"))
load("twelve")
