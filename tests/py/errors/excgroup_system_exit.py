# SystemExit inside a group does not exit quietly: the group is reported.
print("before")
raise BaseExceptionGroup("exits", [SystemExit(3), ValueError("v")])
