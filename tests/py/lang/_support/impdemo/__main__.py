# What `python -m impdemo` would run; the tests import it as impdemo.__main__.
print("impdemo __main__ running as", __name__)
