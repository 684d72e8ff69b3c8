"""multiprocessing.Pipe on threads: two Connection ends joined by in-memory buffers.

Objects sent are shared with the receiver, not pickled or copied.
"""

import threading

__all__ = ['Pipe', 'Connection']


class _Channel:
    # One direction of a pipe: a FIFO list with a condition; `closed` once the sending
    # end is closed (recv() on an empty closed channel raises EOFError).
    def __init__(self):
        self.cond = threading.Condition(threading.Lock())
        self.items = []
        self.head = 0
        self.closed = False

    def put(self, obj):
        with self.cond:
            self.items.append(obj)
            self.cond.notify()

    def close(self):
        with self.cond:
            self.closed = True
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while self.head == len(self.items):
                if self.closed:
                    raise EOFError
                self.cond.wait()
            obj = self.items[self.head]
            self.items[self.head] = None
            self.head += 1
            if self.head > 64 and self.head * 2 > len(self.items):
                del self.items[:self.head]
                self.head = 0
            return obj

    def poll(self, timeout):
        with self.cond:
            if self.head < len(self.items) or self.closed:
                return True
            if timeout is None:
                while self.head == len(self.items) and not self.closed:
                    self.cond.wait()
                return True
            if timeout > 0:
                self.cond.wait(timeout)
            return self.head < len(self.items) or self.closed


class Connection:
    """One end of a Pipe: send(obj), recv(), poll(timeout), send_bytes, recv_bytes."""

    def __init__(self, incoming, outgoing):
        self._in = incoming      # a _Channel or None
        self._out = outgoing
        self._closed = False

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._in is not None

    @property
    def writable(self):
        return self._out is not None

    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")

    def send(self, obj):
        self._check_closed()
        if self._out is None:
            raise OSError("connection is read-only")
        self._out.put(obj)

    def recv(self):
        self._check_closed()
        if self._in is None:
            raise OSError("connection is write-only")
        return self._in.get()

    def send_bytes(self, buf, offset=0, size=None):
        data = bytes(buf)
        if offset < 0:
            raise ValueError("offset is negative")
        if len(data) < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = len(data) - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > len(data):
            raise ValueError("buffer length < offset + size")
        self.send(data[offset:offset + size])

    def recv_bytes(self, maxlength=None):
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = self.recv()
        if maxlength is not None and len(data) > maxlength:
            raise OSError("bad message length")
        return data

    def poll(self, timeout=0.0):
        """Whether recv() would not block, waiting up to `timeout` s (None: forever)."""
        self._check_closed()
        if self._in is None:
            raise OSError("connection is write-only")
        return self._in.poll(timeout)

    def close(self):
        if not self._closed:
            self._closed = True
            if self._out is not None:
                self._out.close()

    def fileno(self):
        raise OSError("a taipan multiprocessing Connection has no file descriptor")

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Pipe(duplex=True):
    """(conn1, conn2): with duplex both ends send and receive; otherwise conn1 only
    receives and conn2 only sends."""
    a = _Channel()
    if duplex:
        b = _Channel()
        return Connection(a, b), Connection(b, a)
    return Connection(a, None), Connection(None, a)
