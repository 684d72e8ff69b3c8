# uuid: parsing, fields, versions and variants, the name-based UUIDs (fixed results)
# and the shape of the random and time-based ones.
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.urn)
print(u.int, u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant,
      u.clock_seq_low, u.node, u.time, u.clock_seq)
print(u.variant, u.version)
print(uuid.UUID("urn:uuid:12345678123456781234567812345678") == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID(int=0), uuid.UUID(int=(1 << 128) - 1))
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]))
print(hash(u) == hash(uuid.UUID(str(u))), int(u) == u.int, u != uuid.UUID(int=5))
print(uuid.UUID(int=0, version=4), uuid.UUID(int=0, version=4).version)

print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://example.com/").version)
try:
    uuid.uuid5(uuid.NAMESPACE_URL, b"http://example.com/")
except TypeError as e:
    print("TypeError:", e)
print(uuid.uuid5(uuid.NAMESPACE_OID, "1.3.6.1"), uuid.NAMESPACE_X500)

r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, t.node == uuid.getnode(), uuid.uuid1().time >= t.time)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc,
      uuid.uuid1(clock_seq=0x1234).clock_seq)

for args in ({"hex": "1234"}, {"bytes": b"short"}, {"bytes_le": b"x" * 17},
             {"fields": (1, 2, 3)}, {"fields": (1 << 32, 0, 0, 0, 0, 0)},
             {"int": -1}, {"int": 0, "version": 9}):
    try:
        uuid.UUID(**args)
    except ValueError as e:
        print("ValueError:", e)
try:
    uuid.UUID()
except TypeError as e:
    print("TypeError:", e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError:", e)
try:
    uuid.UUID("zz345678-1234-5678-1234-567812345678")
except ValueError as e:
    print("ValueError:", e)
print(uuid.RFC_4122, uuid.SafeUUID.unknown)
