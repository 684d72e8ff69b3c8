"""Extracting, formatting and printing stack traces, in CPython's layout (3.11, exception
groups and the '^'/'~' position markers under source lines included). The markers'
operator and subscript anchors come from a scan of the marked text (CPython re-parses it
with ast); both agree on binary operations and subscripts."""

import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3
_sentinel = object()

_CAUSE_MESSAGE = ('\nThe above exception was the direct cause of the following '
                  'exception:\n\n')
_CONTEXT_MESSAGE = ('\nDuring handling of the above exception, another exception '
                    'occurred:\n\n')


# ---------------------------------------------------------------- frames and stacks

class FrameSummary:
    """One entry of a stack: where (filename, lineno, name) and the source line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name',
                 '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    # Like walk_tb, with (lineno, end_lineno, colno, end_colno) of the instruction.
    while tb is not None:
        code = tb.tb_frame.f_code
        pos = None
        if tb.tb_lasti >= 0:
            for i, p in enumerate(code.co_positions()):
                if i == tb.tb_lasti // 2:
                    pos = p
                    break
        if pos is None or pos[0] is None:
            yield tb.tb_frame, (tb.tb_lineno, None, None, None)
        else:
            yield tb.tb_frame, pos
        tb = tb.tb_next


_getframe = sys._getframe


def walk_stack(f):
    if f is None:
        f = _getframe(1)
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class StackSummary(list):
    """A list of FrameSummary objects, formatted like a traceback."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen)
        if limit is not None:
            if limit >= 0:
                frames = frames[:limit]
            else:
                frames = frames[limit:]
        result = klass()
        for f, lineno in frames:
            co = f.f_code
            end_lineno = colno = end_colno = None
            if isinstance(lineno, tuple):
                lineno, end_lineno, colno, end_colno = lineno
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=False,
                                       locals=f.f_locals if capture_locals else None,
                                       end_lineno=end_lineno, colno=colno,
                                       end_colno=end_colno))
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                markers = _position_markers(frame_summary)
                if markers:
                    row.append(markers)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for fs in self:
            if (last_file is None or last_file != fs.filename or last_line is None
                    or last_line != fs.lineno or last_name is None or last_name != fs.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append('  [Previous line repeated {} more time{}]\n'.format(
                        count, 's' if count > 1 else ''))
                last_file = fs.filename
                last_line = fs.lineno
                last_name = fs.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append('  [Previous line repeated {} more time{}]\n'.format(
                count, 's' if count > 1 else ''))
        return result


def _char_offset(line, offset):
    return len(line.encode('utf-8')[:offset].decode('utf-8', errors='replace'))


_BINOPS = {'|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6,
           '//': 6, '%': 6, '@': 6, '**': 8}
_STOP_WORDS = frozenset(['and', 'or', 'not', 'if', 'else', 'lambda', 'in', 'is', 'for',
                         'await', 'yield', 'async'])


def _caret_anchors(seg):
    """(left, right): the '^' part of seg among '~', for a binary operation (its operator)
    or a subscript (its "[...]"); None otherwise. The root operator is the depth-0 one of
    lowest precedence (rightmost of equals, leftmost for '**')."""
    n = len(seg)
    depth = []
    groups = set()
    root = None
    prev_operand = any_unary = unary_before_root = False
    last_sub = last_close = None
    i = 0
    while i < n:
        c = seg[i]
        if c in ' \t\f':
            i += 1
        elif c == '#':
            return None
        elif c in '\'"':
            q = seg[i] * 3 if seg.startswith(seg[i] * 3, i) else c
            j = i + len(q)
            while j < n and not seg.startswith(q, j):
                j += 2 if seg[j] == '\\' else 1
            if j >= n:
                return None
            i = j + len(q)
            prev_operand = True
        elif c.isalnum() or c == '_' or ord(c) > 127 or (c == '.' and seg[i+1:i+2].isdigit()):
            j = i
            num = c.isdigit() or c == '.'
            hexa = num and seg[i:i+2].lower() == '0x'
            while j < n and (seg[j].isalnum() or seg[j] == '_' or ord(seg[j]) > 127
                             or (num and seg[j] == '.')):
                if num and not hexa and seg[j] in 'eE' and seg[j+1:j+2] in ('+', '-'):
                    j += 1
                j += 1
            if not depth and seg[i:j] in _STOP_WORDS:
                return None
            prev_operand = True
            i = j
        elif c in '([{':
            if not depth and c == '[' and prev_operand:
                last_sub = i
            depth.append((c == '(' and not prev_operand))
            prev_operand = False
            i += 1
        elif c in ')]}':
            if not depth:
                return None
            if depth.pop():
                groups.add(i)
            if not depth:
                last_close = i
            prev_operand = True
            i += 1
        elif depth:
            i += 1
        elif c == '.':
            prev_operand = False
            i += 1
        else:
            op = seg[i:i+2]
            if op not in _BINOPS or seg[i+2:i+3] == '=':
                op = c
            if op not in _BINOPS and op != '~' or seg[i+len(op):i+len(op)+1] == '=':
                return None
            if not prev_operand:
                if c not in '+-~':
                    return None
                any_unary = True
                i += 1
                continue
            if op == '~':
                return None
            prec = _BINOPS[op]
            if root is None or prec < root[2] or (prec == root[2] and prec != 8):
                root = (i, len(op), prec)
                unary_before_root = any_unary
            prev_operand = False
            i += len(op)
    if depth:
        return None
    if root is None:
        if any_unary or last_sub is None or last_close != n - 1:
            return None
        return last_sub, n
    if root[2] == 8 and unary_before_root:
        return None
    left_end = root[0]
    while True:
        while left_end > 0 and seg[left_end - 1].isspace():
            left_end -= 1
        if left_end > 0 and left_end - 1 in groups:
            left_end -= 1
        else:
            break
    right_start = root[0] + root[1]
    while True:
        while right_start < n and seg[right_start].isspace():
            right_start += 1
        if right_start < n and seg[right_start] == '(':
            right_start += 1
        else:
            break
    # From here as CPython 3.11: the first non-space between the operands, two wide when
    # followed by a non-space, then moved past spaces and ')'.
    between = seg[left_end:right_start]
    off = len(between) - len(between.lstrip())
    left = left_end + off
    right = left + 1
    if off + 1 < len(between) and not between[off + 1].isspace():
        right += 1
    while left < n and (seg[left].isspace() or seg[left] in ')#'):
        left += 1
        right += 1
    return left, min(right, n)


def _position_markers(fs):
    line = fs._original_line
    stripped = line.strip()
    lead = len(line) - len(line.lstrip())
    start = _char_offset(line, fs.colno)
    anchors = None
    if fs.lineno == fs.end_lineno:
        end = _char_offset(line, fs.end_colno)
        try:
            anchors = _caret_anchors(line[start:end])
        except Exception:
            anchors = None
        if anchors and anchors[1] <= anchors[0]:
            anchors = None
    else:
        end = lead + len(stripped)
    if start < lead or end < start or (end - start >= len(stripped) and not anchors):
        return ''
    width = end - start
    if anchors:
        left, right = anchors
        marks = '~' * left + '^' * (right - left) + '~' * (width - right)
    else:
        marks = '^' * width
    return '    ' + ' ' * (start - lead) + marks + '\n'


def extract_tb(tb, limit=None):
    return StackSummary.extract(_walk_tb_with_full_positions(tb), limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = _getframe(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = _getframe(1)
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = _getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    pass


# ---------------------------------------------------------------- exceptions

def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return '<%s %s() failed>' % (what, func.__name__)


class TracebackException:
    """An exception captured for formatting: its type, message, stack and chain, and for
    an exception group the captured nested exceptions (`exceptions`)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        # The chain and the nested exceptions are captured by the outermost call, one
        # exception at a time from a work list, so long chains need no deep recursion.
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary.extract(_walk_tb_with_full_positions(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as e:
            self.__notes__ = [f'Ignored error getting __notes__: {_safe_string(e, "__notes__", repr)}']
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if is_recursive_call:
            return

        def capture(e):
            return TracebackException(
                type(e), e, e.__traceback__, limit=limit, lookup_lines=lookup_lines,
                capture_locals=capture_locals, max_group_width=max_group_width,
                max_group_depth=max_group_depth, _seen=_seen)

        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            if e is None:
                continue
            cause = e.__cause__
            te_cause = (capture(cause) if cause is not None and id(cause) not in _seen
                        else None)
            need_context = (not compact or
                            (te_cause is None and not e.__suppress_context__))
            context = e.__context__
            te_context = (capture(context) if context is not None and need_context
                          and id(context) not in _seen else None)
            if isinstance(e, BaseExceptionGroup):
                te_excs = [capture(x) for x in e.exceptions]
            else:
                te_excs = None
            te.__cause__ = te_cause
            te.__context__ = te_context
            te.exceptions = te_excs
            if te_cause is not None:
                queue.append((te_cause, cause))
            if te_context is not None:
                queue.append((te_context, context))
            if te_excs:
                queue.extend(zip(te_excs, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return self._type_str()

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def _type_str(self):
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ('__main__', 'builtins'):
            if not isinstance(smod, str):
                smod = '<unknown>'
            stype = smod + '.' + stype
        return stype

    def format_exception_only(self):
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self._type_str()
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        notes = self.__notes__
        if notes is None:
            return
        if isinstance(notes, (list, tuple)) or _is_sequence(notes):
            for note in notes:
                for line in _safe_string(note, 'note').split('\n'):
                    yield line + '\n'
        else:
            yield _safe_string(notes, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or '<string>', self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}\n'.format(caretspace, '^' * (end_colno - colno))
        msg = self.msg or '<no detail available>'
        yield '{}: {}{}\n'.format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Yields the lines of the report, as the interpreter prints it: the chain
        first, then the traceback and the exception; a group's nested exceptions follow
        in numbered boxes, each line behind a '| ' margin."""
        if _ctx is None:
            _ctx = _GroupContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _CAUSE_MESSAGE
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _CONTEXT_MESSAGE
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.depth > self.max_group_depth:
                yield from _ctx.emit(f'... (max_group_depth is {self.max_group_depth})\n')
            else:
                yield from exc._format_group(chain, _ctx)

    def _format_group(self, chain, ctx):
        toplevel = ctx.depth == 0
        if toplevel:
            ctx.depth = 1
        if self.stack:
            yield from ctx.emit('Exception Group Traceback (most recent call last):\n',
                                '+' if toplevel else '|')
            yield from ctx.emit(self.stack.format())
        yield from ctx.emit(self.format_exception_only())
        width = self.max_group_width
        total = len(self.exceptions)
        shown = total if width is None or total <= width else width + 1
        ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                # A nested group that ends the box closes it itself.
                ctx.need_close = True
            truncated = width is not None and i >= width
            title = '...' if truncated else str(i + 1)
            yield (ctx.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            ctx.depth += 1
            if truncated:
                more = total - width
                yield from ctx.emit(f"and {more} more exception{'s' if more > 1 else ''}\n")
            else:
                yield from self.exceptions[i].format(chain=chain, _ctx=ctx)
            if last and ctx.need_close:
                yield ctx.indent() + '+------------------------------------\n'
                ctx.need_close = False
            ctx.depth -= 1
        if toplevel:
            ctx.depth = 0


class _GroupContext:
    """Where TracebackException.format is inside nested exception groups."""

    __slots__ = ('depth', 'need_close')

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.depth)

    def emit(self, text, margin_char='|'):
        """Yields text (a str or an iterable of str) with each line behind the
        indent and margin of the current depth."""
        if not self.depth:
            if isinstance(text, str):
                yield text
            else:
                yield from text
            return
        prefix = self.indent() + margin_char + ' '
        for chunk in ((text,) if isinstance(text, str) else text):
            yield ''.join(prefix + line for line in chunk.splitlines(True))


def _is_sequence(obj):
    from collections.abc import Sequence
    return isinstance(obj, Sequence)


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        line = '%s\n' % etype
    else:
        line = '%s: %s\n' % (etype, valuestr)
    return line


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    for line in te.format(chain=chain):
        print(line, file=file, end='')


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)
