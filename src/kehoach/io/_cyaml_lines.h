/* The line scanner of _cyaml.c: the YAML kehoach files are made of, read line by line without
 * libyaml, at several times its speed.
 *
 * lines_load(data, size) builds the same objects as the libyaml loop of _cyaml.c (the same
 * text_of and plain_value, so the same interned strings and resolved scalars) for texts made only
 * of (line breaks "\n" or "\r\n"): block mappings with plain keys; block sequences, with
 * "- key: value" mappings and sequences at their key's indent; one-line plain scalars (a " #"
 * comment may follow); one-line double-quoted (escapes \\ \" \/ \n \t) and single-quoted scalars;
 * one-line flow sequences and mappings (plain keys) of such scalars; block scalars |, |-, >, >-
 * (indent found from their first line); comments, blank lines, a first "---" line; empty values.
 * It DECLINES (returns NULL, c->declined set, no exception) anything else — a tab, a CR not
 * before a LF, a BOM or a code point YAML treats specially, no final line break, an anchor, alias
 * or tag, a quoted key, a multi-line plain, quoted or flow scalar, an indentation indicator, keep
 * chomping (+), a more-indented line in a folded scalar, a blank line opening a block scalar, a
 * scalar or nothing as the root, "...", a directive, a duplicate or "<<" key, a key longer than
 * LINES_MAX_KEY, nesting deeper than LINES_MAX_DEPTH, and everything libyaml calls an error — so
 * that the libyaml loop reads it and decides. It never accepts a text libyaml refuses nor reads
 * one differently (tests/unit/test_cyaml_lines.py holds it to libyaml over generated texts and
 * randomly edited real files).
 *
 * With c->marks set (``_cyaml.load(text, marks)``), it also records for every block sequence it
 * builds the 1-based line of each item's dash: the source lines ``due`` and ``who`` show, given
 * without reading the file again (tests/unit/test_source_lines.py holds them to io.lines.scan). */

#define LINES_MAX_DEPTH 100
#define LINES_MAX_KEY 1000 /* bytes: libyaml refuses an implicit key longer than 1024 characters */

typedef struct {
    const char *s;   /* the text, UTF-8, ending with '\n' */
    Py_ssize_t n;    /* its length */
    Py_ssize_t pos;  /* where the next node's reading goes on: the start of a line */
    int depth;
    int declined;
    char *buf; /* a scalar being built (escapes, block scalars) */
    size_t len, cap;
    /* when not NULL: a list that gets (sequence, (line of each item, ...)) for every block
     * sequence built, lines 1-based, counted up to ``counted`` (where ``lineno`` line breaks were
     * seen): items are met in the order of the text, so the count only goes forward */
    PyObject *marks;
    Py_ssize_t counted, lineno;
} lines_t;

#define DECLINE(c)            \
    do {                      \
        (c)->declined = 1;    \
        return NULL;          \
    } while (0)

static PyObject *lines_block(lines_t *c, int parent, int indentless);
static PyObject *lines_map(lines_t *c, int indent, Py_ssize_t at);
static PyObject *lines_seq(lines_t *c, int indent, Py_ssize_t line);

/* Whether YAML or libyaml gives any byte of the text a meaning this scanner does not handle:
 * control characters (tab and CR included), DEL, C1 controls (NEL is a line break in YAML 1.1),
 * U+2028/U+2029 (line breaks), U+FEFF (a BOM) and U+FFFE/U+FFFF (not printable). */
static int
lines_odd_bytes(const unsigned char *s, Py_ssize_t n)
{
    Py_ssize_t i;
    for (i = 0; i < n; i++) {
        unsigned char b = s[i];
        if (b < 0x80) {
            if ((b < 0x20 && b != '\n') || b == 0x7F) {
                return 1;
            }
        }
        else if (b == 0xC2) {
            if (i + 1 < n && s[i + 1] < 0xA0) {
                return 1;
            }
        }
        else if (b == 0xE2) {
            if (i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9)) {
                return 1;
            }
        }
        else if (b == 0xEF) {
            if (i + 2 < n && ((s[i + 1] == 0xBB && s[i + 2] == 0xBF) ||
                              (s[i + 1] == 0xBF && (s[i + 2] == 0xBE || s[i + 2] == 0xBF)))) {
                return 1;
            }
        }
    }
    return 0;
}

static int
lines_indent(const lines_t *c, Py_ssize_t line)
{
    Py_ssize_t i = line;
    while (c->s[i] == ' ') {
        i++;
    }
    return (int)(i - line);
}

static Py_ssize_t
lines_eol(const lines_t *c, Py_ssize_t i)
{
    const char *end = memchr(c->s + i, '\n', (size_t)(c->n - i));
    return end - c->s; /* the text ends with '\n' */
}

/* The start of the first line from ``line`` on that holds more than spaces and a comment; c->n
 * at the end; -1 (declined) for a document marker ("---", "...") or a directive at column 0. */
static Py_ssize_t
lines_next(lines_t *c, Py_ssize_t line)
{
    while (line < c->n) {
        int indent = lines_indent(c, line);
        char ch = c->s[line + indent];
        if (ch != '\n' && ch != '#') {
            if (indent == 0 && (ch == '%' || ((ch == '-' || ch == '.') && line + 3 < c->n &&
                                              c->s[line + 1] == ch && c->s[line + 2] == ch &&
                                              (c->s[line + 3] == ' ' || c->s[line + 3] == '\n')))) {
                c->declined = 1;
                return -1;
            }
            return line;
        }
        line = lines_eol(c, line + indent) + 1;
    }
    return c->n;
}

/* After a scalar ending at i (on its line): spaces, then the line break or a comment. The start of
 * the next line; -1 when something else follows. */
static Py_ssize_t
lines_rest(const lines_t *c, Py_ssize_t i)
{
    Py_ssize_t start = i;
    while (c->s[i] == ' ') {
        i++;
    }
    if (c->s[i] == '#' && i > start) {
        i = lines_eol(c, i);
    }
    return c->s[i] == '\n' ? i + 1 : -1;
}

static int
lines_put(lines_t *c, const char *p, size_t n)
{
    if (c->len + n > c->cap) {
        size_t cap = c->cap ? c->cap : 256;
        char *grown;
        while (cap < c->len + n) {
            cap *= 2;
        }
        grown = PyMem_Realloc(c->buf, cap);
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        c->buf = grown;
        c->cap = cap;
    }
    memcpy(c->buf + c->len, p, n);
    c->len += n;
    return 0;
}

static int
lines_indicator(char ch)
{
    return ch != '\0' && strchr(",[]{}#&*!|>'\"%@`?:", ch) != NULL;
}

/* Where the ':' of a plain key starting at i is (a ':' then a space or the line break), or -1:
 * not a key line (a comment or the line's end comes first, or it starts like no plain key). */
static Py_ssize_t
lines_key_end(const lines_t *c, Py_ssize_t i)
{
    const char *s = c->s;
    Py_ssize_t j = i;
    if (lines_indicator(s[i]) || s[i] == ' ' || s[i] == '\n' ||
        (s[i] == '-' && (s[i + 1] == ' ' || s[i + 1] == '\n'))) {
        return -1;
    }
    for (;; j++) {
        if (s[j] == '\n' || (s[j] == ' ' && s[j + 1] == '#') || j - i > LINES_MAX_KEY) {
            return -1;
        }
        if (s[j] == ':' && (s[j + 1] == ' ' || s[j + 1] == '\n')) {
            return j;
        }
    }
}

/* A quoted scalar opening at i; its end (after the closing quote) in *end. */
static PyObject *
lines_quoted(lines_t *c, Py_ssize_t i, Py_ssize_t *end)
{
    const char *s = c->s;
    char quote = s[i];
    Py_ssize_t j = i + 1, from = j;
    c->len = 0;
    for (;; j++) {
        char ch = s[j];
        if (ch == '\n') {
            DECLINE(c); /* a quoted scalar over several lines */
        }
        if (ch == quote) {
            if (quote == '\'' && s[j + 1] == '\'') {
                if (lines_put(c, s + from, (size_t)(j + 1 - from)) < 0) {
                    return NULL;
                }
                from = ++j + 1;
                continue;
            }
            break;
        }
        if (quote == '"' && ch == '\\') {
            const char *plain = NULL;
            switch (s[j + 1]) {
            case '\\': plain = "\\"; break;
            case '"': plain = "\""; break;
            case '/': plain = "/"; break;
            case 'n': plain = "\n"; break;
            case 't': plain = "\t"; break;
            default: DECLINE(c);
            }
            if (lines_put(c, s + from, (size_t)(j - from)) < 0 || lines_put(c, plain, 1) < 0) {
                return NULL;
            }
            from = ++j + 1;
        }
    }
    *end = j + 1;
    if (c->len == 0) {
        return text_of((const yaml_char_t *)(s + from), (size_t)(j - from));
    }
    if (lines_put(c, s + from, (size_t)(j - from)) < 0) {
        return NULL;
    }
    return text_of((const yaml_char_t *)c->buf, c->len);
}

/* A new mapping (``is_map``) or list one level deeper, or NULL: declined past LINES_MAX_DEPTH,
 * or out of memory. Each caller goes back up (c->depth--) on every way out. */
static PyObject *
lines_open(lines_t *c, int is_map)
{
    PyObject *box;
    if (c->depth >= LINES_MAX_DEPTH) {
        DECLINE(c);
    }
    box = is_map ? PyDict_New() : PyList_New(0);
    if (box != NULL) {
        c->depth++;
    }
    return box;
}

/* A plain scalar in a flow collection, starting at i (``key``: a key, kept as written): its end
 * (the ',', ']', '}' or ':' after it) in *end; declined when it may not start there or holds what
 * the scanner leaves to libyaml. */
static PyObject *
lines_flow_plain(lines_t *c, Py_ssize_t i, Py_ssize_t *end, int key)
{
    const char *s = c->s;
    Py_ssize_t j = i, last;
    if (lines_indicator(s[i]) || s[i] == '-' || s[i] == ' ' || s[i] == '\n') {
        DECLINE(c);
    }
    while (strchr(",[]{}#:\n", s[j]) == NULL) {
        j++;
    }
    if (s[j] == '#' || s[j] == '\n' || s[j] == '[' || s[j] == '{') {
        DECLINE(c);
    }
    for (last = j; s[last - 1] == ' '; last--) {
    }
    *end = j;
    if (key) {
        if ((last - i == 2 && s[i] == '<' && s[i + 1] == '<') || j - i > LINES_MAX_KEY) {
            DECLINE(c); /* a merge key; a key longer than libyaml allows, up to its ':' */
        }
        return text_of((const yaml_char_t *)(s + i), (size_t)(last - i));
    }
    return plain_value((const yaml_char_t *)(s + i), (size_t)(last - i));
}

/* A one-line flow sequence or mapping opening at i (plain keys; scalars or flow collections as
 * values); its end (after ']' or '}') in *end. */
static PyObject *
lines_flow(lines_t *c, Py_ssize_t i, Py_ssize_t *end)
{
    const char *s = c->s;
    int is_map = s[i] == '{';
    char close = is_map ? '}' : ']';
    PyObject *box, *key = NULL, *item = NULL;
    Py_ssize_t j = i + 1;
    if ((box = lines_open(c, is_map)) == NULL) {
        return NULL;
    }
    while (s[j] == ' ') {
        j++;
    }
    if (s[j] == close) {
        goto closed;
    }
    for (;;) {
        while (s[j] == ' ') {
            j++;
        }
        if (is_map) {
            if ((key = lines_flow_plain(c, j, &j, 1)) == NULL) {
                goto failed;
            }
            if (s[j] != ':' || s[j + 1] != ' ') {
                goto declined;
            }
            for (j += 2; s[j] == ' '; j++) {
            }
        }
        if (s[j] == '"' || s[j] == '\'') {
            item = lines_quoted(c, j, &j);
        }
        else if (s[j] == '[' || s[j] == '{') {
            item = lines_flow(c, j, &j);
        }
        else {
            item = lines_flow_plain(c, j, &j, 0);
        }
        if (item == NULL) {
            goto failed;
        }
        if (is_map) {
            Py_ssize_t before = PyDict_GET_SIZE(box);
            PyObject *there = PyDict_SetDefault(box, key, item);
            if (there == NULL) {
                goto failed;
            }
            if (PyDict_GET_SIZE(box) == before) {
                goto declined; /* a duplicate key */
            }
            Py_CLEAR(key);
        }
        else if (PyList_Append(box, item) < 0) {
            goto failed;
        }
        Py_CLEAR(item);
        while (s[j] == ' ') {
            j++;
        }
        if (s[j] == close) {
            goto closed;
        }
        if (s[j] != ',') {
            goto declined;
        }
        for (j++; s[j] == ' '; j++) {
        }
        if (s[j] == close) {
            goto declined; /* "[a, ]": libyaml reads it, but not this scanner */
        }
    }
closed:
    *end = j + 1;
    c->depth--;
    return box;
declined:
    c->declined = 1;
failed:
    c->depth--;
    Py_XDECREF(key);
    Py_XDECREF(item);
    Py_DECREF(box);
    return NULL;
}

/* A block scalar whose header (| |- > >-) is at i, in a node indented ``parent``. */
static PyObject *
lines_literal(lines_t *c, Py_ssize_t i, int parent)
{
    const char *s = c->s;
    int folded = s[i] == '>', strip = 0, indent, first = 1;
    Py_ssize_t line, blanks = 0;
    if (s[i + 1] == '-') {
        strip = 1;
        i++;
    }
    line = lines_rest(c, i + 1);
    if (line < 0 || line >= c->n) {
        DECLINE(c);
    }
    indent = lines_indent(c, line);
    if (s[line + indent] == '\n' || indent <= parent) {
        DECLINE(c); /* a blank first line, or nothing in it */
    }
    c->len = 0;
    while (line < c->n) {
        int k = lines_indent(c, line);
        Py_ssize_t eol;
        if (s[line + k] == '\n') {
            if (k > indent) {
                DECLINE(c);
            }
            blanks++;
            line += k + 1;
            continue;
        }
        if (k < indent) {
            break;
        }
        if (k > indent && folded) {
            DECLINE(c);
        }
        if (!first) {
            if (folded && blanks == 0) {
                if (lines_put(c, " ", 1) < 0) {
                    return NULL;
                }
            }
            else {
                Py_ssize_t b;
                for (b = folded ? 0 : -1; b < blanks; b++) {
                    if (lines_put(c, "\n", 1) < 0) {
                        return NULL;
                    }
                }
            }
        }
        first = 0;
        blanks = 0;
        eol = lines_eol(c, line);
        if (lines_put(c, s + line + indent, (size_t)(eol - line - indent)) < 0) {
            return NULL;
        }
        line = eol + 1;
    }
    if (!strip && lines_put(c, "\n", 1) < 0) {
        return NULL;
    }
    c->pos = line; /* the line that ended it (trailing blank lines are read) */
    return text_of((const yaml_char_t *)c->buf, c->len);
}

/* A scalar or flow sequence starting at i on its line, in a node indented ``parent``; c->pos then
 * goes to the line after it. */
static PyObject *
lines_inline(lines_t *c, Py_ssize_t i, int parent)
{
    const char *s = c->s;
    PyObject *value;
    Py_ssize_t end, next;
    char ch = s[i];
    if (ch == '|' || ch == '>') {
        return lines_literal(c, i, parent);
    }
    if (ch == '"' || ch == '\'') {
        value = lines_quoted(c, i, &end);
    }
    else if (ch == '[' || ch == '{') {
        value = lines_flow(c, i, &end);
    }
    else {
        Py_ssize_t last;
        if (lines_indicator(ch) || (ch == '-' && (s[i + 1] == ' ' || s[i + 1] == '\n'))) {
            DECLINE(c);
        }
        for (end = i; s[end] != '\n'; end++) {
            if (s[end] == ':' && (s[end + 1] == ' ' || s[end + 1] == '\n')) {
                DECLINE(c); /* "a: b: c": libyaml's error */
            }
            if (s[end] == ' ' && s[end + 1] == '#') {
                break;
            }
        }
        last = end;
        while (s[last - 1] == ' ') {
            last--;
        }
        value = plain_value((const yaml_char_t *)(s + i), (size_t)(last - i));
    }
    if (value == NULL) {
        return NULL;
    }
    next = lines_rest(c, end);
    if (next < 0) {
        Py_DECREF(value);
        DECLINE(c);
    }
    c->pos = next;
    return value;
}

/* A node whose content starts on the lines after c->pos's, under a key or "-" indented
 * ``parent``; ``indentless``: a sequence at the key's own indent belongs to it. */
static PyObject *
lines_block(lines_t *c, int parent, int indentless)
{
    Py_ssize_t line = lines_next(c, c->pos);
    int indent;
    char ch;
    if (line < 0) {
        return NULL;
    }
    if (line < c->n) {
        indent = lines_indent(c, line);
        ch = c->s[line + indent];
        if (ch == '-' && (c->s[line + indent + 1] == ' ' || c->s[line + indent + 1] == '\n') &&
            (indent > parent || (indent == parent && indentless))) {
            return lines_seq(c, indent, line);
        }
        if (indent > parent) {
            return lines_map(c, indent, line + indent);
        }
    }
    c->pos = line;
    return plain_value((const yaml_char_t *)"", 0); /* an empty value: null */
}

/* A value after "key:" or "-" whose text starts at i (spaces skipped), in a node indented
 * ``parent``. */
static PyObject *
lines_value(lines_t *c, Py_ssize_t i, int parent, int indentless)
{
    if (c->s[i] == '\n' || c->s[i] == '#') {
        c->pos = lines_eol(c, i) + 1;
        return lines_block(c, parent, indentless);
    }
    return lines_inline(c, i, parent);
}

static PyObject *
lines_map(lines_t *c, int indent, Py_ssize_t at)
{
    const char *s = c->s;
    PyObject *map;
    if ((map = lines_open(c, 1)) == NULL) {
        return NULL;
    }
    for (;;) {
        Py_ssize_t colon = lines_key_end(c, at), last, i, line;
        PyObject *key, *value, *there;
        Py_ssize_t before;
        if (colon < 0) {
            goto declined;
        }
        for (last = colon; s[last - 1] == ' '; last--) {
        }
        if (last - at == 2 && s[at] == '<' && s[at + 1] == '<') {
            goto declined; /* a merge key */
        }
        if ((key = text_of((const yaml_char_t *)(s + at), (size_t)(last - at))) == NULL) {
            goto failed;
        }
        for (i = colon + 1; s[i] == ' '; i++) {
        }
        value = lines_value(c, i, indent, 1);
        if (value == NULL) {
            Py_DECREF(key);
            goto failed;
        }
        before = PyDict_GET_SIZE(map);
        there = PyDict_SetDefault(map, key, value);
        Py_DECREF(key);
        Py_DECREF(value);
        if (there == NULL) {
            goto failed;
        }
        if (PyDict_GET_SIZE(map) == before) {
            goto declined; /* a duplicate key: the libyaml loop gives up on it */
        }
        line = lines_next(c, c->pos);
        if (line < 0) {
            goto failed;
        }
        if (line >= c->n || lines_indent(c, line) < indent) {
            c->pos = line;
            c->depth--;
            return map;
        }
        if (lines_indent(c, line) > indent) {
            goto declined;
        }
        at = line + indent;
    }
declined:
    c->declined = 1;
failed:
    c->depth--;
    Py_DECREF(map);
    return NULL;
}

/* The 1-based number of the line starting at ``line`` (a position not before ``c->counted``). */
static Py_ssize_t
lines_number(lines_t *c, Py_ssize_t line)
{
    while (c->counted < line) {
        const char *nl = memchr(c->s + c->counted, '\n', (size_t)(line - c->counted));
        if (nl == NULL) {
            break;
        }
        c->lineno++;
        c->counted = nl - c->s + 1;
    }
    return c->lineno + 1;
}

/* Record the lines of the items of ``list`` (``at``: a list of ints) in c->marks. */
static int
lines_mark(lines_t *c, PyObject *list, PyObject *at)
{
    PyObject *lines = PyList_AsTuple(at), *pair;
    int failed;
    if (lines == NULL) {
        return -1;
    }
    pair = PyTuple_Pack(2, list, lines);
    Py_DECREF(lines);
    if (pair == NULL) {
        return -1;
    }
    failed = PyList_Append(c->marks, pair);
    Py_DECREF(pair);
    return failed;
}

static PyObject *
lines_seq(lines_t *c, int indent, Py_ssize_t line)
{
    const char *s = c->s;
    PyObject *list, *at = NULL;
    if ((list = lines_open(c, 0)) == NULL) {
        return NULL;
    }
    if (c->marks != NULL && (at = PyList_New(0)) == NULL) {
        goto failed;
    }
    for (;;) {
        Py_ssize_t i = line + indent + 1;
        PyObject *item;
        int k;
        if (at != NULL) {
            PyObject *number = PyLong_FromSsize_t(lines_number(c, line));
            if (number == NULL || PyList_Append(at, number) < 0) {
                Py_XDECREF(number);
                goto failed;
            }
            Py_DECREF(number);
        }
        while (s[i] == ' ') {
            i++;
        }
        if (s[i] == '-' && (s[i + 1] == ' ' || s[i + 1] == '\n')) {
            goto declined; /* "- - a" */
        }
        if (s[i] != '\n' && s[i] != '#' && lines_key_end(c, i) >= 0) {
            item = lines_map(c, (int)(i - line), i); /* "- key: value" */
        }
        else {
            item = lines_value(c, i, indent, 0);
        }
        if (item == NULL) {
            goto failed;
        }
        if (PyList_Append(list, item) < 0) {
            Py_DECREF(item);
            goto failed;
        }
        Py_DECREF(item);
        line = lines_next(c, c->pos);
        if (line < 0) {
            goto failed;
        }
        if (line >= c->n || (k = lines_indent(c, line)) < indent) {
            break;
        }
        if (k > indent) {
            goto declined;
        }
        if (!(s[line + k] == '-' && (s[line + k + 1] == ' ' || s[line + k + 1] == '\n'))) {
            break; /* a key at the indent of this sequence: its parent mapping goes on */
        }
    }
    c->pos = line;
    c->depth--;
    if (at != NULL) {
        int failed = lines_mark(c, list, at);
        Py_DECREF(at);
        if (failed) {
            Py_DECREF(list);
            return NULL;
        }
    }
    return list;
declined:
    c->declined = 1;
failed:
    c->depth--;
    Py_XDECREF(at);
    Py_DECREF(list);
    return NULL;
}

/* The document's data, or NULL: declined (c->declined) or an error raised. */
static PyObject *
lines_scan(lines_t *c, const char *data, Py_ssize_t size)
{
    PyObject *root, *marks = c->marks;
    Py_ssize_t line;
    int indent;
    memset(c, 0, sizeof *c);
    c->marks = marks;
    c->s = data;
    c->n = size;
    if (size == 0 || data[size - 1] != '\n' || lines_odd_bytes((const unsigned char *)data, size)) {
        DECLINE(c);
    }
    line = 0;
    while (line < size) { /* "---" alone on the first line that is not a comment */
        indent = lines_indent(c, line);
        if (data[line + indent] != '\n' && data[line + indent] != '#') {
            if (indent == 0 && line + 3 < size && memcmp(data + line, "---", 3) == 0 &&
                lines_rest(c, line + 3) >= 0) {
                line = lines_rest(c, line + 3);
            }
            break;
        }
        line = lines_eol(c, line) + 1;
    }
    line = lines_next(c, line);
    if (line < 0 || line >= size) {
        DECLINE(c); /* nothing but comments: libyaml says what that is */
    }
    indent = lines_indent(c, line);
    if (data[line + indent] == '-' && (data[line + indent + 1] == ' ' || data[line + indent + 1] == '\n')) {
        root = lines_seq(c, indent, line);
    }
    else {
        root = lines_map(c, indent, line + indent);
    }
    if (root == NULL) {
        return NULL;
    }
    line = lines_next(c, c->pos);
    if (line != size) {
        Py_DECREF(root);
        DECLINE(c); /* more after the root node: an error, "...", another document */
    }
    return root;
}

/* lines_scan, also for a text with Windows line breaks: read as the same text with "\n" alone
 * (libyaml reads "\r\n" as one line break and gives "\n" for it in every scalar); a "\r" alone is
 * declined. */
static PyObject *
lines_load(lines_t *c, const char *data, Py_ssize_t size)
{
    PyObject *root, *marks = c->marks;
    char *copy;
    Py_ssize_t i, n = 0;
    memset(c, 0, sizeof *c);
    c->marks = marks;
    if (memchr(data, '\r', (size_t)size) == NULL) {
        return lines_scan(c, data, size);
    }
    if ((copy = PyMem_Malloc((size_t)size + 1)) == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (i = 0; i < size; i++) {
        if (data[i] == '\r') {
            if (i + 1 < size && data[i + 1] == '\n') {
                continue;
            }
            PyMem_Free(copy);
            DECLINE(c);
        }
        copy[n++] = data[i];
    }
    root = lines_scan(c, copy, n);
    PyMem_Free(copy);
    return root;
}
