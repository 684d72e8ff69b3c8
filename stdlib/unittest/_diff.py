"""The line diff of assertEqual messages (difflib.ndiff's output, with its '?' hint
lines), for interpreters without a difflib module: unittest.case uses difflib when it
can be imported and this module otherwise. Only what ndiff needs is here: a
SequenceMatcher (junk, autojunk of popular items, matching blocks, opcodes, ratios) and
the Differ's fancy replacement of similar lines."""

__unittest = True


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class _Matcher:
    """Longest-common-block matching of two sequences a and b, as difflib's
    SequenceMatcher: items of b that isjunk accepts never start a match, and with
    autojunk, items making up more than 1% of a b of 200 items or more are ignored
    too (they can only extend a match)."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._chain_b()

    def _chain_b(self):
        b = self.b
        self.b2j = b2j = {}
        for i, elt in enumerate(b):
            indices = b2j.get(elt)
            if indices is None:
                b2j[elt] = indices = []
            indices.append(i)
        self.bjunk = junk = set()
        if self.isjunk:
            for elt in b2j:
                if self.isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del b2j[elt]
        n = len(b)
        if self.autojunk and n >= 200:
            ntest = n // 100 + 1
            popular = [elt for elt, idxs in b2j.items() if len(idxs) > ntest]
            for elt in popular:
                del b2j[elt]

    def find_longest_match(self, alo, ahi, blo, bhi):
        a, b, b2j, bjunk = self.a, self.b, self.b2j, self.bjunk
        besti, bestj, bestsize = alo, blo, 0
        # j2len[j] = length of the longest match ending with a[i-1] and b[j].
        j2len = {}
        nothing = []
        for i in range(alo, ahi):
            j2lenget = j2len.get
            newj2len = {}
            for j in b2j.get(a[i], nothing):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = newj2len[j] = j2lenget(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            j2len = newj2len
        # Extend with equal non-junk items (popular ones included), then junk ones.
        while (besti > alo and bestj > blo and b[bestj - 1] not in bjunk and
               a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi and
               b[bestj + bestsize] not in bjunk and
               a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        while (besti > alo and bestj > blo and b[bestj - 1] in bjunk and
               a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi and
               b[bestj + bestsize] in bjunk and
               a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        return besti, bestj, bestsize

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        queue = [(0, la, 0, lb)]
        blocks = []
        while queue:
            alo, ahi, blo, bhi = queue.pop()
            i, j, k = x = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                blocks.append(x)
                if alo < i and blo < j:
                    queue.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    queue.append((i + k, ahi, j + k, bhi))
        blocks.sort()
        i1 = j1 = k1 = 0
        non_adjacent = []
        for i2, j2, k2 in blocks:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    non_adjacent.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            non_adjacent.append((i1, j1, k1))
        non_adjacent.append((la, lb, 0))
        self.matching_blocks = non_adjacent
        return non_adjacent

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        self.opcodes = answer = []
        for ai, bj, size in self.get_matching_blocks():
            tag = ''
            if i < ai and j < bj:
                tag = 'replace'
            elif i < ai:
                tag = 'delete'
            elif j < bj:
                tag = 'insert'
            if tag:
                answer.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                answer.append(('equal', ai, i, bj, j))
        return answer

    def ratio(self):
        matches = sum(triple[-1] for triple in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self.fullbcount is None:
            self.fullbcount = fullbcount = {}
            for elt in self.b:
                fullbcount[elt] = fullbcount.get(elt, 0) + 1
        fullbcount = self.fullbcount
        avail = {}
        matches = 0
        for elt in self.a:
            if elt in avail:
                numb = avail[elt]
            else:
                numb = fullbcount.get(elt, 0)
            avail[elt] = numb - 1
            if numb > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)


def _is_character_junk(ch, ws=" \t"):
    return ch in ws


def _dump(tag, x, lo, hi):
    for i in range(lo, hi):
        yield '%s %s' % (tag, x[i])


def _plain_replace(a, alo, ahi, b, blo, bhi):
    if bhi - blo < ahi - alo:
        yield from _dump('+', b, blo, bhi)
        yield from _dump('-', a, alo, ahi)
    else:
        yield from _dump('-', a, alo, ahi)
        yield from _dump('+', b, blo, bhi)


def _fancy_replace(a, alo, ahi, b, blo, bhi):
    # The most similar pair of lines (ratio above 0.75) is shown with '?' lines marking
    # the changed characters; the lines around it are diffed recursively.
    best_ratio, cutoff = 0.74, 0.75
    cruncher = _Matcher(_is_character_junk)
    eqi, eqj = None, None
    for j in range(blo, bhi):
        bj = b[j]
        cruncher.set_seq2(bj)
        for i in range(alo, ahi):
            ai = a[i]
            if ai == bj:
                if eqi is None:
                    eqi, eqj = i, j
                continue
            cruncher.set_seq1(ai)
            if (cruncher.real_quick_ratio() > best_ratio and
                    cruncher.quick_ratio() > best_ratio and
                    cruncher.ratio() > best_ratio):
                best_ratio, best_i, best_j = cruncher.ratio(), i, j
    if best_ratio < cutoff:
        if eqi is None:
            yield from _plain_replace(a, alo, ahi, b, blo, bhi)
            return
        best_i, best_j, best_ratio = eqi, eqj, 1.0
    else:
        eqi = None

    yield from _fancy_helper(a, alo, best_i, b, blo, best_j)

    aelt, belt = a[best_i], b[best_j]
    if eqi is None:
        atags = btags = ""
        cruncher.set_seqs(aelt, belt)
        for tag, ai1, ai2, bj1, bj2 in cruncher.get_opcodes():
            la, lb = ai2 - ai1, bj2 - bj1
            if tag == 'replace':
                atags += '^' * la
                btags += '^' * lb
            elif tag == 'delete':
                atags += '-' * la
            elif tag == 'insert':
                btags += '+' * lb
            else:
                atags += ' ' * la
                btags += ' ' * lb
        yield from _qformat(aelt, belt, atags, btags)
    else:
        yield '  ' + aelt

    yield from _fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)


def _fancy_helper(a, alo, ahi, b, blo, bhi):
    if alo < ahi:
        if blo < bhi:
            yield from _fancy_replace(a, alo, ahi, b, blo, bhi)
        else:
            yield from _dump('-', a, alo, ahi)
    elif blo < bhi:
        yield from _dump('+', b, blo, bhi)


def _keep_original_ws(s, tag_s):
    return ''.join(c if tag_c == " " and c.isspace() else tag_c
                   for c, tag_c in zip(s, tag_s))


def _qformat(aline, bline, atags, btags):
    atags = _keep_original_ws(aline, atags).rstrip()
    btags = _keep_original_ws(bline, btags).rstrip()
    yield "- " + aline
    if atags:
        yield f"? {atags}\n"
    yield "+ " + bline
    if btags:
        yield f"? {btags}\n"


def ndiff(a, b):
    """The lines of difflib.ndiff(a, b) with its default junk filters."""
    cruncher = _Matcher(None, a, b)
    for tag, alo, ahi, blo, bhi in cruncher.get_opcodes():
        if tag == 'replace':
            yield from _fancy_replace(a, alo, ahi, b, blo, bhi)
        elif tag == 'delete':
            yield from _dump('-', a, alo, ahi)
        elif tag == 'insert':
            yield from _dump('+', b, blo, bhi)
        else:
            yield from _dump(' ', a, alo, ahi)
