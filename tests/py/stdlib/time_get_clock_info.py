# time.get_clock_info: which clock each timing function reads.
import time

for name in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    info = time.get_clock_info(name)
    print(name, type(info).__name__, info.implementation, info.monotonic, info.adjustable,
          0 < info.resolution <= 1e-3, sorted(vars(info)))
for bad in ('clock', '', 1, None):
    try:
        time.get_clock_info(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
