# An inventory report: records in dicts and tuples, grouping, sorting, formatted table.
records = [
    ("widget", "tools", 4, 3.50), ("gizmo", "toys", 10, 1.25), ("hammer", "tools", 2, 12.00),
    ("yo-yo", "toys", 25, 0.99), ("drill", "tools", 1, 89.99), ("kite", "toys", 3, 15.50),
    ("teapot", "kitchen", 6, 22.00), ("spoon", "kitchen", 40, 0.75), ("ladle", "kitchen", 5, 4.25),
]
by_cat = {}
for name, cat, qty, price in records:
    by_cat.setdefault(cat, []).append({"name": name, "qty": qty, "price": price, "value": qty * price})
grand = 0.0
for cat in sorted(by_cat):
    items = sorted(by_cat[cat], key=lambda r: -r["value"])
    subtotal = sum(r["value"] for r in items)
    grand += subtotal
    print(f"== {cat.upper()} ({len(items)} items) ==")
    for r in items:
        print(f"  {r['name']:<8} {r['qty']:>4} x {r['price']:>6.2f} = {r['value']:>8.2f}")
    print(f"  {'subtotal':<22}{subtotal:>9.2f}")
print(f"{'GRAND TOTAL':<24}{grand:>9.2f}")
low = [name for name, _, qty, _ in records if qty < 5]
print("low stock:", ", ".join(sorted(low)))
cheapest = min(records, key=lambda r: r[3])
priciest = max(records, key=lambda r: r[3])
print("cheapest", cheapest[0], "priciest", priciest[0])
restock = {name: max(0, 10 - qty) for name, _, qty, _ in records}
print({k: v for k, v in restock.items() if v})
avg = {cat: round(sum(r["price"] for r in rs) / len(rs), 3) for cat, rs in by_cat.items()}
print(avg)
counts = [(cat, sum(r["qty"] for r in rs)) for cat, rs in by_cat.items()]
counts.sort(key=lambda t: t[1], reverse=True)
print(counts)
