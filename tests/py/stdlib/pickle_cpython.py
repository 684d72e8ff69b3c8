# loads() of pickles written by CPython 3.11 (all protocols) and by Python 2.
import pickle

CPYTHON = [
    (0, b'(lp0\nNaI01\naL12345678901234567890L\naI-7\naF3.25\naVtext\\u20ac\np1\nac_codecs\nencode\np2\n(Vraw\\u0000\np3\nVlatin1\np4\ntp5\nRp6\nac__builtin__\nbytearray\np7\n(g2\n(Vba\np8\ng4\ntp9\nRp10\ntp11\nRp12\na(I1\n(I2\ntp13\ntp14\na(lp15\nI1\na(lp16\nI2\naI3\naaa(dp17\nVk\np18\n(lp19\nI1\naI2\nasI2\n(I3\ntp20\nsac__builtin__\nset\np21\n((lp22\nI1\naI2\naI3\natp23\nRp24\nac__builtin__\nfrozenset\np25\n((lp26\nVa\np27\natp28\nRp29\nac__builtin__\ncomplex\np30\n(F1.0\nF2.0\ntp31\nRp32\nac__builtin__\nxrange\np33\n(I2\nI8\nI3\ntp34\nRp35\nac__builtin__\nslice\np36\n(NI4\nNtp37\nRp38\nacexceptions\nValueError\np39\n(Vbad\np40\nI1\ntp41\nRp42\na(lp43\n(lp44\nI0\naI1\naI2\naag44\naa(dp45\ng27\nVaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\np46\nsaL1606938044258990275541962092341162602522202993782792835301376L\na.'),
    (1, b']q\x00(NI01\nL12345678901234567890L\nJ\xf9\xff\xff\xffG@\n\x00\x00\x00\x00\x00\x00X\x07\x00\x00\x00text\xe2\x82\xacq\x01c_codecs\nencode\nq\x02(X\x04\x00\x00\x00raw\x00q\x03X\x06\x00\x00\x00latin1q\x04tq\x05Rq\x06c__builtin__\nbytearray\nq\x07(h\x02(X\x02\x00\x00\x00baq\x08h\x04tq\tRq\ntq\x0bRq\x0c(K\x01(K\x02tq\rtq\x0e]q\x0f(K\x01]q\x10(K\x02K\x03ee}q\x11(X\x01\x00\x00\x00kq\x12]q\x13(K\x01K\x02eK\x02(K\x03tq\x14uc__builtin__\nset\nq\x15(]q\x16(K\x01K\x02K\x03etq\x17Rq\x18c__builtin__\nfrozenset\nq\x19(]q\x1aX\x01\x00\x00\x00aq\x1batq\x1cRq\x1dc__builtin__\ncomplex\nq\x1e(G?\xf0\x00\x00\x00\x00\x00\x00G@\x00\x00\x00\x00\x00\x00\x00tq\x1fRq c__builtin__\nxrange\nq!(K\x02K\x08K\x03tq"Rq#c__builtin__\nslice\nq$(NK\x04Ntq%Rq&cexceptions\nValueError\nq\'(X\x03\x00\x00\x00badq(K\x01tq)Rq*]q+(]q,(K\x00K\x01K\x02eh,e}q-h\x1bX,\x01\x00\x00aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaq.sL1606938044258990275541962092341162602522202993782792835301376L\ne.'),
    (2, b'\x80\x02]q\x00(N\x88\x8a\t\xd2\n\x1f\xeb\x8c\xa9T\xab\x00J\xf9\xff\xff\xffG@\n\x00\x00\x00\x00\x00\x00X\x07\x00\x00\x00text\xe2\x82\xacq\x01c_codecs\nencode\nq\x02X\x04\x00\x00\x00raw\x00q\x03X\x06\x00\x00\x00latin1q\x04\x86q\x05Rq\x06c__builtin__\nbytearray\nq\x07h\x02X\x02\x00\x00\x00baq\x08h\x04\x86q\tRq\n\x85q\x0bRq\x0cK\x01K\x02\x85q\r\x86q\x0e]q\x0f(K\x01]q\x10(K\x02K\x03ee}q\x11(X\x01\x00\x00\x00kq\x12]q\x13(K\x01K\x02eK\x02K\x03\x85q\x14uc__builtin__\nset\nq\x15]q\x16(K\x01K\x02K\x03e\x85q\x17Rq\x18c__builtin__\nfrozenset\nq\x19]q\x1aX\x01\x00\x00\x00aq\x1ba\x85q\x1cRq\x1dc__builtin__\ncomplex\nq\x1eG?\xf0\x00\x00\x00\x00\x00\x00G@\x00\x00\x00\x00\x00\x00\x00\x86q\x1fRq c__builtin__\nxrange\nq!K\x02K\x08K\x03\x87q"Rq#c__builtin__\nslice\nq$NK\x04N\x87q%Rq&cexceptions\nValueError\nq\'X\x03\x00\x00\x00badq(K\x01\x86q)Rq*]q+(]q,(K\x00K\x01K\x02eh,e}q-h\x1bX,\x01\x00\x00aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaq.s\x8a\x1a\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01e.'),
    (3, b'\x80\x03]q\x00(N\x88\x8a\t\xd2\n\x1f\xeb\x8c\xa9T\xab\x00J\xf9\xff\xff\xffG@\n\x00\x00\x00\x00\x00\x00X\x07\x00\x00\x00text\xe2\x82\xacq\x01C\x04raw\x00q\x02cbuiltins\nbytearray\nq\x03C\x02baq\x04\x85q\x05Rq\x06K\x01K\x02\x85q\x07\x86q\x08]q\t(K\x01]q\n(K\x02K\x03ee}q\x0b(X\x01\x00\x00\x00kq\x0c]q\r(K\x01K\x02eK\x02K\x03\x85q\x0eucbuiltins\nset\nq\x0f]q\x10(K\x01K\x02K\x03e\x85q\x11Rq\x12cbuiltins\nfrozenset\nq\x13]q\x14X\x01\x00\x00\x00aq\x15a\x85q\x16Rq\x17cbuiltins\ncomplex\nq\x18G?\xf0\x00\x00\x00\x00\x00\x00G@\x00\x00\x00\x00\x00\x00\x00\x86q\x19Rq\x1acbuiltins\nrange\nq\x1bK\x02K\x08K\x03\x87q\x1cRq\x1dcbuiltins\nslice\nq\x1eNK\x04N\x87q\x1fRq cbuiltins\nValueError\nq!X\x03\x00\x00\x00badq"K\x01\x86q#Rq$]q%(]q&(K\x00K\x01K\x02eh&e}q\'h\x15X,\x01\x00\x00aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaq(s\x8a\x1a\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01e.'),
    (4, b'\x80\x04\x95^\x02\x00\x00\x00\x00\x00\x00]\x94(N\x88\x8a\t\xd2\n\x1f\xeb\x8c\xa9T\xab\x00J\xf9\xff\xff\xffG@\n\x00\x00\x00\x00\x00\x00\x8c\x07text\xe2\x82\xac\x94C\x04raw\x00\x94\x8c\x08builtins\x94\x8c\tbytearray\x94\x93\x94C\x02ba\x94\x85\x94R\x94K\x01K\x02\x85\x94\x86\x94]\x94(K\x01]\x94(K\x02K\x03ee}\x94(\x8c\x01k\x94]\x94(K\x01K\x02eK\x02K\x03\x85\x94u\x8f\x94(K\x01K\x02K\x03\x90(\x8c\x01a\x94\x91\x94h\x03\x8c\x07complex\x94\x93\x94G?\xf0\x00\x00\x00\x00\x00\x00G@\x00\x00\x00\x00\x00\x00\x00\x86\x94R\x94h\x03\x8c\x05range\x94\x93\x94K\x02K\x08K\x03\x87\x94R\x94h\x03\x8c\x05slice\x94\x93\x94NK\x04N\x87\x94R\x94h\x03\x8c\nValueError\x94\x93\x94\x8c\x03bad\x94K\x01\x86\x94R\x94]\x94(]\x94(K\x00K\x01K\x02eh&e}\x94h\x12X,\x01\x00\x00aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\x94s\x8a\x1a\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01e.'),
    (5, b'\x80\x05\x95Q\x02\x00\x00\x00\x00\x00\x00]\x94(N\x88\x8a\t\xd2\n\x1f\xeb\x8c\xa9T\xab\x00J\xf9\xff\xff\xffG@\n\x00\x00\x00\x00\x00\x00\x8c\x07text\xe2\x82\xac\x94C\x04raw\x00\x94\x96\x02\x00\x00\x00\x00\x00\x00\x00ba\x94K\x01K\x02\x85\x94\x86\x94]\x94(K\x01]\x94(K\x02K\x03ee}\x94(\x8c\x01k\x94]\x94(K\x01K\x02eK\x02K\x03\x85\x94u\x8f\x94(K\x01K\x02K\x03\x90(\x8c\x01a\x94\x91\x94\x8c\x08builtins\x94\x8c\x07complex\x94\x93\x94G?\xf0\x00\x00\x00\x00\x00\x00G@\x00\x00\x00\x00\x00\x00\x00\x86\x94R\x94h\x0f\x8c\x05range\x94\x93\x94K\x02K\x08K\x03\x87\x94R\x94h\x0f\x8c\x05slice\x94\x93\x94NK\x04N\x87\x94R\x94h\x0f\x8c\nValueError\x94\x93\x94\x8c\x03bad\x94K\x01\x86\x94R\x94]\x94(]\x94(K\x00K\x01K\x02eh"e}\x94h\rX,\x01\x00\x00aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\x94s\x8a\x1a\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01e.'),
]

for proto, data in CPYTHON:
    vals = pickle.loads(data)
    print(proto, len(data), [type(v).__name__ for v in vals])
    print('  ', vals[:12])
    print('  ', sorted(vals[11]), vals[12], vals[13], vals[14], vals[15], repr(vals[16]), vals[16].args)
    print('  ', vals[17][0] is vals[17][1], len(vals[18]['a']), vals[19] == 2**200)

# Python 2 pickles (protocols 0-2): str, unicode, long, xrange, exceptions, old-style INST/OBJ
PY2 = [
    b"(lp0\nS'abc'\np1\naVuni\\u20ac\np2\naL12345678901234567890L\naI-3\naF2.5\na.",
    b"c__builtin__\nxrange\np0\n(I0\nI3\nI1\ntp1\nRp2\n.",
    b"cexceptions\nValueError\np0\n(S'oops'\np1\ntp2\nRp3\n.",
    b"\x80\x02]q\x00(U\x03abcq\x01T\x04\x00\x00\x00defgq\x02X\x03\x00\x00\x00\xc3\xa9\xc3\xa9q\x03e.",
    b"\x80\x02c__builtin__\nset\nq\x00]q\x01(K\x01K\x02e\x85q\x02Rq\x03.",
    b"(dp0\nS'a'\np1\n(lp2\nI1\naI2\nag2\nsS'b'\np3\nI01\nsS'c'\np4\nI00\ns.",
    b"(S'x'\nS'y'\n2tp0\n.",
    b"(I1\n(I2\n1I3\nt.",
    b"\x80\x02K\x05K\x06\x86q\x000h\x00.",
    b"S'\\x41\\n\\'q\\101'\np0\n.",
    b"c__builtin__\nbytearray\np0\n(Vab\\u00ff\np1\nS'latin-1'\np2\ntp3\nRp4\n.",
    b"\x80\x02c_codecs\nencode\nq\x00X\x02\x00\x00\x00abq\x01X\x06\x00\x00\x00latin1q\x02\x86q\x03Rq\x04.",
]
for data in PY2:
    try:
        print(repr(pickle.loads(data)))
    except Exception as e:
        print(type(e).__name__, e)
print(pickle.loads(b"S'\\xe9t\\xe9'\n.", encoding='latin1'))
print(pickle.loads(b"S'\\xe9t\\xe9'\n.", encoding='bytes'))
print(pickle.loads(b"\x80\x02U\x02\xc3\xa9.", encoding='utf-8'))
try:
    pickle.loads(b"S'\\xe9'\n.")
except Exception as e:
    print(type(e).__name__)

class Old:
    pass
print(type(pickle.loads(b"(i__main__\nOld\np0\n(dp1\nS'v'\np2\nI4\nsb.")).__name__)
o = pickle.loads(b"(c__main__\nOld\np0\no(dp1\nS'w'\np2\nI5\nsb.")
print(type(o).__name__, o.w)
