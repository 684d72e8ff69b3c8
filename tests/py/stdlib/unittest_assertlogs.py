# TestCase.assertLogs / assertNoLogs with the logging module.
import logging
import unittest


class T(unittest.TestCase):
    def test(self):
        with self.assertLogs('foo', level='INFO') as cm:
            logging.getLogger('foo').info('first message')
            logging.getLogger('foo.bar').error('second message')
            logging.getLogger('foo').debug('not captured')
        print(cm.output, [r.getMessage() for r in cm.records])
        try:
            with self.assertLogs('foo'):
                pass
        except AssertionError as e:
            print("AssertionError:", e)
        with self.assertNoLogs('foo', level='ERROR'):
            logging.getLogger('foo').info('x')
        try:
            with self.assertNoLogs('foo'):
                logging.getLogger('foo').warning('y')
        except AssertionError as e:
            print("AssertionError:", e)
        try:
            with self.assertLogs(level='ERROR'):
                logging.info('z')
        except AssertionError as e:
            print("AssertionError:", e)
        with self.assertLogs() as cm:
            logging.warning('root %d', 42)
        print(cm.output)
        lg = logging.getLogger('direct')
        with self.assertLogs(lg, logging.DEBUG) as cm:
            lg.debug('dbg')
        print(cm.records[0].levelname, lg.handlers, lg.propagate)


T('test').test()
