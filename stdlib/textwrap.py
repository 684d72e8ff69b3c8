"""Text wrapping and filling (CPython 3.11's `textwrap`): TextWrapper, wrap, fill,
shorten, dedent, indent.

Words are split by hand (taipan has no `re`) following the documented rules of
TextWrapper's word separator: runs of whitespace, em-dashes ("--") between words, and,
with break_on_hyphens, the point after a hyphen inside a hyphenated word (letter
letter '-' letter). The greedy line filling is the documented algorithm.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


def _is_letter(c):
    return c.isalpha()


def _is_word_punct(c):
    return c.isalnum() or c == "_" or c in "!\"'&.,?"


class TextWrapper:
    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(" "))

    sentence_end_chars = ".!?"

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split_word(self, w, out):
        # Splits one run of non-whitespace at em-dashes and (optionally) after hyphens.
        n = len(w)
        start = 0
        i = 0
        while i < n:
            if w[i] == "-":
                j = i
                while j < n and w[j] == "-":
                    j += 1
                if (j - i >= 2 and i > 0 and _is_word_punct(w[i - 1]) and j < n
                        and (w[j].isalnum() or w[j] == "_")):
                    # an em-dash between words is a chunk of its own
                    if i > start:
                        out.append(w[start:i])
                    out.append(w[i:j])
                    start = j
                    i = j
                    continue
                if (self.break_on_hyphens and j - i == 1 and i - start >= 1
                        and ((i >= 2 and _is_letter(w[i - 1]) and _is_letter(w[i - 2]))
                             or (i >= 3 and _is_letter(w[i - 1]) and w[i - 2] == "-"
                                 and _is_letter(w[i - 3])))
                        and j < n and _is_letter(w[j])
                        and ((j + 1 < n and _is_letter(w[j + 1]))
                             or (j + 2 < n and w[j + 1] == "-" and _is_letter(w[j + 2])))):
                    out.append(w[start:j])
                    start = j
                i = j
                continue
            i += 1
        if start < n:
            out.append(w[start:])

    def _split(self, text):
        chunks = []
        n = len(text)
        i = 0
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _whitespace:
                    j += 1
                if self.break_on_hyphens:
                    self._split_word(text[i:j], chunks)
                else:
                    chunks.append(text[i:j])
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        # A chunk ending in lowercase letter + [.!?] + optional quote, followed by a
        # single space, ends a sentence: the space becomes two.
        def ends_sentence(c):
            if c[-1:] in ("\"", "'"):
                c = c[:-1]
            return len(c) >= 2 and c[-1] in ".!?" and "a" <= c[-2] <= "z"

        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines
                        or (not chunks or self.drop_whitespace and len(chunks) == 1
                            and not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + "".join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace (spaces and tabs) from every line."""
    lines = text.split("\n")
    margin = None
    for idx, line in enumerate(lines):
        stripped = line.lstrip(" \t")
        if not stripped:
            lines[idx] = ""  # whitespace-only lines are normalized and ignored
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            k = 0
            while k < len(margin) and k < len(indent) and margin[k] == indent[k]:
                k += 1
            margin = margin[:k]
    if margin:
        m = len(margin)
        lines = [l[m:] if l else l for l in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
