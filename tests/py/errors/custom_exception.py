# An uncaught user-defined exception with a custom __str__.
class ValidationError(Exception):
    def __init__(self, field):
        super().__init__(field)
        self.field = field
    def __str__(self):
        return "invalid field: " + self.field
print("validating")
raise ValidationError("email")
