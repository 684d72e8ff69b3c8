"""CSV files: reader, writer, DictReader, DictWriter, dialects (excel, excel_tab,
unix_dialect and registered ones), the QUOTE_* modes, field_size_limit and Sniffer.

The parser is a small state machine over each physical line, following the rules of
CPython's _csv (quotes, doubled quotes, escape characters, skipinitialspace, strict).
"""

import io

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "excel", "excel_tab", "unix_dialect", "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer", "unregister_dialect",
           "DictReader", "DictWriter", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024


class Error(Exception):
    pass


def field_size_limit(*args):
    """Returns the largest field a reader accepts; field_size_limit(n) sets it."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('"limit" must be an integer')
        _field_limit = args[0]
    return old


class Dialect:
    """A set of formatting parameters; subclass it, or pass keyword arguments."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _Params(self)  # validates


class _Params:
    """The validated parameters of a reader or writer."""

    __slots__ = ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
                 "lineterminator", "quoting", "strict")

    def __init__(self, dialect=None, **kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def get(name, default):
            if name in kw:
                return kw[name]
            if dialect is not None and getattr(dialect, name, None) is not None:
                return getattr(dialect, name)
            return default

        def char(name, value, allow_none):
            if value is None:
                if allow_none:
                    return None
                raise TypeError('"%s" must be a 1-character string' % name)
            if not isinstance(value, str):
                raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__)
                                if allow_none else
                                '"%s" must be string, not %s' % (name, type(value).__name__))
            if len(value) != 1:
                raise TypeError('"%s" must be a 1-character string' % name)
            return value

        self.delimiter = char("delimiter", get("delimiter", ","), False)
        self.escapechar = char("escapechar", get("escapechar", None), True)
        self.doublequote = bool(get("doublequote", True))
        self.skipinitialspace = bool(get("skipinitialspace", False))
        self.strict = bool(get("strict", False))
        quoting = get("quoting", QUOTE_MINIMAL)
        if not isinstance(quoting, int) or isinstance(quoting, bool) and False:
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError("bad \"quoting\" value")
        self.quoting = quoting
        if "quotechar" in kw:
            qc = kw["quotechar"]
        elif dialect is not None and hasattr(dialect, "quotechar"):
            qc = dialect.quotechar
        else:
            qc = '"'
        if qc is None and quoting == QUOTE_MINIMAL and "quoting" not in kw and \
                (dialect is None or getattr(dialect, "quoting", None) is None):
            self.quoting = QUOTE_NONE
        self.quotechar = char("quotechar", qc, True)
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        lt = get("lineterminator", "\r\n")
        if not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lt
        if self.delimiter in (" ",) and self.skipinitialspace:
            raise ValueError("bad delimiter or escapechar value")
        if self.delimiter == self.quotechar:
            raise ValueError("bad delimiter or quotechar value")


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """The usual properties of a CSV file made on UNIX systems."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


class _DialectView:
    """What get_dialect returns: the dialect's validated, read-only attributes."""

    def __init__(self, params):
        for name in _Params.__slots__:
            object.__setattr__(self, name, getattr(params, name))

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _DialectView(_Params(dialect, **fmtparams))


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        d = _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None
    if isinstance(d, type):
        d = _dialects[name] = _DialectView(_Params(d))
    return d


def list_dialects():
    return list(_dialects)


# ---------------------------------------------------------------- reading

_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, \
    _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)


class _Reader:
    def __init__(self, f, dialect, kw):
        self._it = iter(f)
        self._p = _Params(dialect, **kw)
        self.dialect = _DialectView(self._p)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        p = self._p
        self._fields = fields = []
        field = []
        state = _START_RECORD
        quoted = False
        delim, qc, esc = p.delimiter, p.quotechar, p.escapechar
        quote_on = p.quoting != QUOTE_NONE
        limit = _field_limit

        def save():
            nonlocal field, quoted
            s = "".join(field)
            if p.quoting == QUOTE_NONNUMERIC and not quoted and s:
                s = float(s)
            fields.append(s)
            field = []
            quoted = False

        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if field or state == _IN_QUOTED_FIELD:
                    if p.strict:
                        raise Error("unexpected end of data")
                    save()
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                if state == _START_RECORD:
                    if c in "\r\n":
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    if c in "\r\n":
                        save()
                        state = _EAT_CRNL
                    elif c == qc and quote_on:
                        quoted = True
                        state = _IN_QUOTED_FIELD
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    elif c == " " and p.skipinitialspace:
                        pass
                    elif c == delim:
                        save()
                    else:
                        field.append(c)
                        state = _IN_FIELD
                elif state == _ESCAPED_CHAR:
                    field.append(c)
                    state = _AFTER_ESCAPED_CRNL if c in "\r\n" else _IN_FIELD
                elif state == _AFTER_ESCAPED_CRNL or state == _IN_FIELD:
                    if state == _AFTER_ESCAPED_CRNL and c in "\r\n":
                        continue
                    state = _IN_FIELD
                    if c in "\r\n":
                        save()
                        state = _EAT_CRNL
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    elif c == delim:
                        save()
                        state = _START_FIELD
                    else:
                        field.append(c)
                elif state == _IN_QUOTED_FIELD:
                    if c == esc:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif c == qc and quote_on:
                        state = _QUOTE_IN_QUOTED_FIELD if p.doublequote else _IN_FIELD
                    else:
                        field.append(c)
                elif state == _ESCAPE_IN_QUOTED_FIELD:
                    field.append(c)
                    state = _IN_QUOTED_FIELD
                elif state == _QUOTE_IN_QUOTED_FIELD:
                    if quote_on and c == qc:
                        field.append(c)
                        state = _IN_QUOTED_FIELD
                    elif c == delim:
                        save()
                        state = _START_FIELD
                    elif c in "\r\n":
                        save()
                        state = _EAT_CRNL
                    elif not p.strict:
                        field.append(c)
                        state = _IN_FIELD
                    else:
                        raise Error("'%c' expected after '%c'" % (delim, qc))
                elif state == _EAT_CRNL:
                    if c not in "\r\n":
                        raise Error("new-line character seen in unquoted field - "
                                    "do you need to open the file with newline=''?")
                if len(field) > limit:
                    raise Error("field larger than field limit (%d)" % limit)
            # the end of the physical line
            if state in (_START_FIELD, _IN_FIELD, _QUOTE_IN_QUOTED_FIELD):
                save()
                return fields
            if state in (_START_RECORD, _EAT_CRNL):
                return fields
            if state == _ESCAPED_CHAR:
                field.append("\n")
                state = _IN_FIELD
            elif state == _ESCAPE_IN_QUOTED_FIELD:
                field.append("\n")
                state = _IN_QUOTED_FIELD
            # _IN_QUOTED_FIELD, _AFTER_ESCAPED_CRNL: the record goes on in the next line


def reader(csvfile, dialect="excel", **fmtparams):
    """An iterator of rows (lists of str) from an iterable of lines."""
    return _Reader(csvfile, dialect, fmtparams)


# ---------------------------------------------------------------- writing

class _Writer:
    def __init__(self, f, dialect, kw):
        try:
            self._write = f.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self._p = _Params(dialect, **kw)
        self.dialect = _DialectView(self._p)

    def _field(self, v, only):
        p = self._p
        if v is None:
            s = ""
        elif isinstance(v, float):
            s = repr(v)
        else:
            s = str(v)
        q = p.quoting
        if q == QUOTE_ALL:
            need = True
        elif q == QUOTE_NONNUMERIC:
            need = not isinstance(v, (int, float)) or isinstance(v, bool) and False
            if v is None:
                need = True
        else:
            need = False
        special = p.delimiter + (p.quotechar or "") + (p.escapechar or "") + "\r\n" + p.lineterminator
        out = []
        for c in s:
            if c in special:
                if q == QUOTE_NONE:
                    if c == p.quotechar or c == p.delimiter or c in "\r\n" + p.lineterminator:
                        if p.escapechar is None:
                            raise Error("need to escape, but no escapechar set")
                        out.append(p.escapechar)
                    elif c == p.escapechar:
                        out.append(p.escapechar)
                elif c == p.quotechar:
                    if p.doublequote:
                        out.append(c)
                    elif p.escapechar is not None:
                        out.append(p.escapechar)
                    else:
                        raise Error("need to escape, but no escapechar set")
                    need = True
                elif c == p.escapechar:
                    out.append(c)
                    need = True if q != QUOTE_NONE else need
                else:
                    need = True
            out.append(c)
        s = "".join(out)
        if not s and only:
            if q == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            need = True
        if need and q != QUOTE_NONE:
            s = p.quotechar + s + p.quotechar
        return s

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        only = len(items) == 1
        line = self._p.delimiter.join(self._field(v, only) for v in items)
        return self._write(line + self._p.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    """A writer of rows (iterables of values) to a file-like object."""
    return _Writer(csvfile, dialect, fmtparams)


# ---------------------------------------------------------------- dict I/O

class DictReader:
    """Rows as dicts keyed by fieldnames (the first row by default); missing values
    are restval, extra ones go in a list under restkey."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses the dialect of a CSV sample (delimiter and quote character) and whether
    it has a header row; a simpler heuristic than CPython's."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        lines = [ln for ln in sample.splitlines() if ln.strip()][:20]
        if not lines:
            raise Error("Could not determine delimiter")
        quotechar = '"'
        if sample.count("'") > sample.count('"'):
            quotechar = "'"
        candidates = delimiters or "".join(self.preferred) + "|"
        best = None
        for d in candidates:
            counts = [ln.count(d) for ln in lines]
            if counts[0] and all(c == counts[0] for c in counts):
                score = (d in self.preferred, counts[0])
                if best is None or score > best[0]:
                    best = (score, d)
        if best is None:
            raise Error("Could not determine delimiter")
        delim = best[1]

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL
        dialect.delimiter = delim
        dialect.quotechar = quotechar
        dialect.doublequote = True
        dialect.skipinitialspace = False
        return dialect

    def has_header(self, sample):
        rdr = reader(io.StringIO(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        column_types = {}
        for i in range(columns):
            column_types[i] = None
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(column_types.keys()):
                try:
                    float(row[col])
                    this_type = float
                except ValueError:
                    this_type = len(row[col])
                if column_types[col] is None:
                    column_types[col] = this_type
                elif this_type != column_types[col]:
                    del column_types[col]
        has_header = 0
        for col, col_type in column_types.items():
            if isinstance(col_type, int):
                has_header += 1 if len(header[col]) != col_type else -1
            else:
                try:
                    col_type(header[col])
                except (ValueError, TypeError):
                    has_header += 1
                else:
                    has_header -= 1
        return has_header > 0
