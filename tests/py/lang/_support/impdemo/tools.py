"""Helpers imported absolutely and relatively by the other impdemo modules."""
CALLS = []


def helper():
    CALLS.append("helper")
    return "tools.helper"


_private = "private"
public_value = 7

if __name__ == "__main__":
    print("tools run as a script:", helper())
