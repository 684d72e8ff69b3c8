# A small bank-account program: classes, inheritance, exceptions, formatting.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__("need %d, have %d" % (needed, available))
        self.needed = needed
        self.available = available
class Account:
    next_number = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return "%s(#%d %s: %d)" % (type(self).__name__, self.number, self.owner, self.balance)
class Savings(Account):
    rate = 0.03
    def add_interest(self):
        interest = int(self.balance * self.rate)
        self.deposit(interest)
        return interest
class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(amount, self.balance + self.overdraft)
        self.balance -= amount
        self.history.append(("wd", amount))
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print("  transfer of", amount, "failed:", e)
        return False
    dst.deposit(amount)
    return True
accounts = [Savings("ann", 500), Checking("bob", 50), Account("cy")]
print(accounts)
print(transfer(accounts[0], accounts[1], 200), transfer(accounts[1], accounts[2], 300), transfer(accounts[1], accounts[2], 330))
print(accounts)
print("interest", accounts[0].add_interest(), accounts[0])
for bad in (0, -5):
    try:
        accounts[2].deposit(bad)
    except ValueError as e:
        print("ValueError:", e)
for acct in accounts:
    print("%-10s #%d %8d  %s" % (type(acct).__name__, acct.number, acct.balance, acct.history))
total = sum(a.balance for a in accounts)
richest = max(accounts, key=lambda a: a.balance)
print("total", total, "richest", richest.owner, "next number", Account.next_number)
