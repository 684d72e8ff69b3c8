# Missing required arguments, parsed from sys.argv (no arguments given): exit 2.
import argparse

parser = argparse.ArgumentParser()
parser.add_argument('src')
parser.add_argument('dst')
parser.add_argument('--level', type=int, required=True)
print(parser.format_usage(), end='')
parser.parse_args()
print('not reached')
