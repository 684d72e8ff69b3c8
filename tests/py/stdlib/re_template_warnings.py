# re users: string.Template (patterns, subclasses) and warnings filters with regexes.
import string, warnings
T = string.Template
t = T('$who likes ${what} $$ and $Ünï $x_1')
print(t.safe_substitute(who='tim', what='kung pao'), t.get_identifiers(), t.is_valid())
for tmpl in ['$who likes $', 'a\n  $ b', '${bad', '$1']:
    try:
        print(T(tmpl).substitute(who='x'))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
    print(T(tmpl).safe_substitute({'who': 1}), T(tmpl).is_valid(), T(tmpl).get_identifiers())
class P(T):
    delimiter = '%'
    idpattern = '[a-z]+'
print(P('%a %% %b %Cap').safe_substitute(a=1, b=2, Cap=3))
class B(T):
    braceidpattern = r'[^}]+'
print(B('${a b} $c').substitute({'a b': 1, 'c': 2}))
class Q(T):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>\w+)|\{(?P<braced>\w+)\}|(?P<invalid>))'
print(Q('@x @@ @{y}').substitute(x=1, y=2), T('$a').substitute({'a': 1}, a=2))
try:
    T('$a').substitute({})
except KeyError as e:
    print('KeyError', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message=r'ign.*\d+$')
    warnings.filterwarnings('error', message='BOOM', category=UserWarning)
    warnings.filterwarnings('ignore', module='__ma[i]n__$', category=DeprecationWarning)
    warnings.warn('ignore me 12')
    warnings.warn('Ignore Me 7')
    warnings.warn('keep me')
    warnings.warn('old', DeprecationWarning)
    try:
        warnings.warn('boom!')
    except UserWarning as e:
        print('raised', e)
    print([str(x.message) for x in w])
print(warnings.filters[:1] if False else 'ok')
