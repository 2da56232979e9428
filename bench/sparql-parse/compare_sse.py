"""Compares two files of "#### path" + SSE algebra blocks (ours, Jena's) after normalising notation
that differs without changing meaning: Jena's exprlist (our &&), merged extends, SELECT * projection,
BGP triple order, function-name case, blank-node and internal variable names, numeric literal forms.
Usage: compare_sse.py OURS JENA [N]  — prints the count of equal and different blocks and the first N differences."""
import re, sys
def split(fn):
    d={}; cur=None; buf=[]
    for line in open(fn):
        if line.startswith('#### '):
            if cur: d[cur]=''.join(buf)
            cur=line[5:].strip(); buf=[]
        else: buf.append(line)
    if cur: d[cur]=''.join(buf)
    return d
tok=re.compile(r'"(?:[^"\\]|\\.)*"(?:@[\w-]+|\^\^<[^>]*>)?|<[^>\s]*>|[()]|[^\s()]+')
def parse(s):
    toks=tok.findall(s); pos=0
    def p():
        nonlocal pos
        t=toks[pos]; pos+=1
        if t=='(':
            l=[]
            while toks[pos]!=')': l.append(p())
            pos+=1; return l
        return t
    return p() if toks else None
XSD='http://www.w3.org/2001/XMLSchema#'
def norm(x, ren):
    if isinstance(x,list):
        if not x: return x
        h=x[0]
        if h=='exprlist':
            items=[norm(i,ren) for i in x[1:]]
            r=items[0]
            for i in items[1:]: r=['&&',r,i]
            return r
        if h=='extend' and len(x)==3 and isinstance(x[1],list) and len(x[1])>1:
            inner=norm(x[2],ren)
            for b in x[1]: inner=['extend',[norm(b,ren)],inner]
            return inner
        if h=='bgp':
            return ['bgp']+sorted([norm(i,ren) for i in x[1:]], key=repr)
        if isinstance(h,str) and h[0].isalpha():
            return [h.lower()]+[norm(i,ren) for i in x[1:]]
        if h=='filter' and len(x)==3:
            return ['filter', norm(x[1],ren), norm(x[2],ren)]
        return [norm(i,ren) for i in x]
    t=x
    if t.startswith('??') or t.startswith('?.') or t.startswith('?/'):
        return '?B'
    m=re.match(r'^"(.*)"\^\^<'+re.escape(XSD)+r'(integer|decimal|double|boolean)>$',t)
    if m: return m.group(1)
    return t
def eq(x,y):
    if isinstance(x,list) and isinstance(y,list):
        if x and y and x[0]=='project' and y[0]!='project': return eq(x[2],y)
        return len(x)==len(y) and all(eq(i,j) for i,j in zip(x,y))
    return x==y
a=split(sys.argv[1]); b=split(sys.argv[2])
same=0; diffs=[]
for k in a:
    x=norm(parse(a[k]),{}) if a[k].strip()!='REJECT' else 'REJECT'
    y=norm(parse(b[k]),{}) if b[k].strip()!='REJECT' else 'REJECT'
    if eq(x,y): same+=1
    else: diffs.append(k)
print('same',same,'diff',len(diffs))
for k in diffs[:int(sys.argv[3]) if len(sys.argv)>3 else 5]:
    print('=====',k); print('OURS', a[k]); print('JENA', b[k])
