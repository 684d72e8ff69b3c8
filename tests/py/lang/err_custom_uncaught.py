class MyErr(Exception):
    def __str__(self): return "custom str"
raise MyErr()
