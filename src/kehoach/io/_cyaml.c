/* The one-pass YAML loader of io/yamlfast.py in C: Python objects built straight from libyaml's
 * parser events, without PyYAML's event and Mark objects.
 *
 * load(text) first tries the line scanner of _cyaml_lines.h, which reads the common kehoach file
 * without libyaml, several times faster, and declines anything else; then (it declined) the loop
 * over libyaml's events below. lines(text) and load_events(text) are each alone, for the tests.
 *
 * load(text) returns exactly what yamlfast._load(text) returns and raises yamlfast.Unusual where
 * _load gives up: a tag or an anchor, an alias, a mapping or list used as a key, a plain "<<" key
 * (merge), a duplicate key, more than one document, any error of the parser. Plain scalars whose
 * first character one of PyYAML's implicit resolvers keys on go through the Python resolver
 * (yamlfast._plain, with its memo yamlfast._PLAIN) unless they are longer than any string those
 * resolvers can match; any other plain scalar is a string, like every quoted or block scalar; keys
 * are kept as written. Every string is interned.
 *
 * Nested deeper than MAX_DEPTH, it raises yamlfast.Deep instead: the Python loop decides then.
 *
 * setup(unusual, deep, plain, memo, lengths) hands over the exception classes, the resolver, its
 * memo and,
 * for each first character the resolvers key on (ASCII), the longest scalar they can match
 * (yamlfast._resolvable_lengths; -1: no bound). SOURCE_DIGEST is the BLAKE2b hash of this
 * file and of _cyaml_lines.h, given by the build (hatch_build.py): yamlfast uses the module only
 * when it matches the sources next to it.
 *
 * scan(text, table), at the end, is the one pass of the text checks over a file (checks/text.py). */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <yaml.h>

#ifndef KEHOACH_CYAML_DIGEST
#define KEHOACH_CYAML_DIGEST ""
#endif

/* Deeper than this, the C loader stops (deep_cls) and yamlfast runs the Python loop, whose parser
 * (PyYAML's own libyaml) sets the nesting limit: the libyaml linked here may have none. */
#define MAX_DEPTH 128
#define MEMO_MAX_ITEMS 65536
#define MEMO_MAX_LENGTH 32

static PyObject *unusual_cls = NULL; /* yamlfast.Unusual */
static PyObject *deep_cls = NULL;    /* yamlfast.Deep */
static PyObject *plain_func = NULL;  /* yamlfast._plain */
static PyObject *plain_memo = NULL;  /* yamlfast._PLAIN */
/* first byte of a plain scalar → the longest scalar (in characters) an implicit resolver keyed on
 * it can match; -1: no resolver keys on it; INT_MAX: no bound (ints, floats) */
static int resolvable[128];

typedef struct {
    PyObject *container; /* owned; NULL at the top */
    int is_map;
    PyObject *key; /* owned; NULL when the next scalar of a mapping is a key */
} frame;

/* Scalars of at most 32 bytes recur (keys, ids, statuses, units, dates, numbers): their object
 * is remembered by their bytes, which saves decoding, interning and resolving them again. A
 * direct-mapped table (a new scalar replaces the one in its slot): bounded, and the object kept
 * for given bytes is the one the decoding or the resolver gives for them. */
#define CACHE_SLOTS 8192
#define CACHE_BYTES 64

typedef struct {
    PyObject *value; /* owned; NULL: empty slot */
    unsigned char resolved; /* 1: the value of a plain scalar (resolved); 0: the string */
    unsigned char length;
    unsigned char bytes[CACHE_BYTES];
} cache_slot;

static cache_slot cache[CACHE_SLOTS];

static cache_slot *
slot_of(const yaml_char_t *value, size_t length, int resolved)
{
    uint32_t h = 2166136261u ^ (uint32_t)resolved; /* FNV-1a */
    size_t i;
    for (i = 0; i < length; i++) {
        h = (h ^ value[i]) * 16777619u;
    }
    return &cache[(h ^ (h >> 13)) & (CACHE_SLOTS - 1)];
}

static PyObject *
cached(cache_slot *slot, const yaml_char_t *value, size_t length, int resolved)
{
    if (slot->value != NULL && slot->resolved == resolved && slot->length == length &&
        memcmp(slot->bytes, value, length) == 0) {
        Py_INCREF(slot->value);
        return slot->value;
    }
    return NULL;
}

static void
remember(cache_slot *slot, const yaml_char_t *value, size_t length, int resolved, PyObject *obj)
{
    Py_INCREF(obj);
    Py_XSETREF(slot->value, obj);
    slot->resolved = (unsigned char)resolved;
    slot->length = (unsigned char)length;
    memcpy(slot->bytes, value, length);
}

static PyObject *
decode(const yaml_char_t *value, size_t length)
{
    PyObject *s = PyUnicode_DecodeUTF8((const char *)value, (Py_ssize_t)length, "strict");
    if (s != NULL) {
        PyUnicode_InternInPlace(&s);
    }
    return s;
}

/* A key, a quoted or block scalar, a plain scalar no resolver keys on: the interned string. */
static PyObject *
text_of(const yaml_char_t *value, size_t length)
{
    cache_slot *slot;
    PyObject *s;

    if (length > CACHE_BYTES) {
        return decode(value, length);
    }
    slot = slot_of(value, length, 0);
    s = cached(slot, value, length, 0);
    if (s == NULL && (s = decode(value, length)) != NULL) {
        remember(slot, value, length, 0, s);
    }
    return s;
}

/* The value of an untagged plain scalar: what yamlfast._load takes from _PLAIN or _plain. */
static PyObject *
resolved_value(const yaml_char_t *value, size_t length)
{
    PyObject *s, *known;

    s = PyUnicode_DecodeUTF8((const char *)value, (Py_ssize_t)length, "strict");
    if (s == NULL) {
        return NULL;
    }
    known = PyDict_GetItemWithError(plain_memo, s);
    if (known != NULL) {
        Py_INCREF(known);
        Py_DECREF(s);
        return known;
    }
    if (PyErr_Occurred()) {
        Py_DECREF(s);
        return NULL;
    }
    known = PyObject_CallOneArg(plain_func, s);
    if (known == NULL) {
        Py_DECREF(s);
        return NULL;
    }
    if (PyUnicode_CheckExact(known)) {
        PyUnicode_InternInPlace(&known);
    }
    if (PyUnicode_GET_LENGTH(s) <= MEMO_MAX_LENGTH && PyDict_GET_SIZE(plain_memo) < MEMO_MAX_ITEMS) {
        if (PyDict_SetItem(plain_memo, s, known) < 0) {
            Py_DECREF(s);
            Py_DECREF(known);
            return NULL;
        }
    }
    Py_DECREF(s);
    return known;
}

/* Whether the UTF-8 text holds more than ``upto`` characters. */
static int
longer_than(const yaml_char_t *value, size_t length, size_t upto)
{
    size_t i, chars = 0;
    for (i = 0; i < length; i++) {
        if ((value[i] & 0xC0) != 0x80 && ++chars > upto) {
            return 1;
        }
    }
    return 0;
}

static PyObject *
plain_value(const yaml_char_t *value, size_t length)
{
    cache_slot *slot;
    PyObject *known;

    if (length > 0) {
        int upto = value[0] < 128 ? resolvable[value[0]] : -1;
        if (upto < 0 || (length > (size_t)upto && longer_than(value, length, (size_t)upto))) {
            return text_of(value, length); /* no resolver can match it: a string */
        }
    }
    if (length > CACHE_BYTES) {
        return resolved_value(value, length);
    }
    slot = slot_of(value, length, 1);
    known = cached(slot, value, length, 1);
    if (known == NULL && (known = resolved_value(value, length)) != NULL) {
        remember(slot, value, length, 1, known);
    }
    return known;
}

static PyObject *
give_up(void)
{
    if (!PyErr_Occurred()) {
        PyErr_SetNone(unusual_cls);
    }
    return NULL;
}

#include "_cyaml_lines.h"

/* The data of the UTF-8 text, read from libyaml's events. */
static PyObject *
events_load(const char *data, Py_ssize_t size)
{
    yaml_parser_t parser;
    yaml_event_t event;
    PyObject *root = NULL, *value = NULL;
    frame *stack = NULL, cur = {NULL, 0, NULL};
    Py_ssize_t depth = 0, capacity = 0, i;
    int have_event = 0, done = 0;

    if (!yaml_parser_initialize(&parser)) {
        return PyErr_NoMemory();
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)data, (size_t)size);

    /* stream start, then a document start or the end of an empty (or comments-only) stream */
    if (!yaml_parser_parse(&parser, &event)) {
        goto unusual;
    }
    yaml_event_delete(&event);
    if (!yaml_parser_parse(&parser, &event)) {
        goto unusual;
    }
    if (event.type == YAML_STREAM_END_EVENT) {
        yaml_event_delete(&event);
        yaml_parser_delete(&parser);
        Py_RETURN_NONE;
    }
    yaml_event_delete(&event);

    while (!done) {
        if (!yaml_parser_parse(&parser, &event)) {
            goto unusual;
        }
        have_event = 1;
        switch (event.type) {
        case YAML_SCALAR_EVENT:
            if (event.data.scalar.tag != NULL || event.data.scalar.anchor != NULL) {
                goto unusual;
            }
            if (cur.is_map && cur.key == NULL) { /* a key, as written ("yes", "1", "~" stay text) */
                if (event.data.scalar.plain_implicit && event.data.scalar.length == 2 &&
                    event.data.scalar.value[0] == '<' && event.data.scalar.value[1] == '<') {
                    goto unusual; /* merge key */
                }
                cur.key = text_of(event.data.scalar.value, event.data.scalar.length);
                if (cur.key == NULL) {
                    goto fail;
                }
                yaml_event_delete(&event);
                have_event = 0;
                continue;
            }
            if (event.data.scalar.plain_implicit) {
                value = plain_value(event.data.scalar.value, event.data.scalar.length);
            }
            else {
                value = text_of(event.data.scalar.value, event.data.scalar.length);
            }
            if (value == NULL) {
                goto fail;
            }
            break;
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT:
            if (event.type == YAML_MAPPING_START_EVENT
                    ? (event.data.mapping_start.tag != NULL || event.data.mapping_start.anchor != NULL)
                    : (event.data.sequence_start.tag != NULL ||
                       event.data.sequence_start.anchor != NULL)) {
                goto unusual; /* tagged or anchored */
            }
            if (cur.is_map && cur.key == NULL) {
                goto unusual; /* a mapping or a list used as a key */
            }
            if (depth >= MAX_DEPTH) {
                PyErr_SetNone(deep_cls);
                goto fail;
            }
            if (depth == capacity) {
                Py_ssize_t more = capacity ? capacity * 2 : 32;
                frame *grown = PyMem_Realloc(stack, (size_t)more * sizeof(frame));
                if (grown == NULL) {
                    PyErr_NoMemory();
                    goto fail;
                }
                stack = grown;
                capacity = more;
            }
            stack[depth++] = cur;
            cur.is_map = event.type == YAML_MAPPING_START_EVENT;
            cur.key = NULL;
            cur.container = cur.is_map ? PyDict_New() : PyList_New(0);
            if (cur.container == NULL) {
                goto fail;
            }
            yaml_event_delete(&event);
            have_event = 0;
            continue;
        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT:
            value = cur.container; /* the reference moves to value */
            cur = stack[--depth];
            break;
        case YAML_DOCUMENT_END_EVENT:
            done = 1;
            break;
        default: /* an alias, a second document… */
            goto unusual;
        }
        yaml_event_delete(&event);
        have_event = 0;
        if (done) {
            break;
        }
        if (cur.container == NULL) {
            Py_XSETREF(root, value);
        }
        else if (cur.is_map) {
            Py_ssize_t before = PyDict_GET_SIZE(cur.container);
            PyObject *there = PyDict_SetDefault(cur.container, cur.key, value);
            if (there == NULL) {
                goto fail;
            }
            if (PyDict_GET_SIZE(cur.container) == before) {
                goto unusual; /* duplicate key: reported with its position by the slow path */
            }
            Py_DECREF(value);
            Py_CLEAR(cur.key);
        }
        else {
            if (PyList_Append(cur.container, value) < 0) {
                goto fail;
            }
            Py_DECREF(value);
        }
        value = NULL;
    }

    if (!yaml_parser_parse(&parser, &event)) {
        goto unusual;
    }
    have_event = 1;
    if (event.type != YAML_STREAM_END_EVENT) {
        goto unusual; /* more than one document */
    }
    yaml_event_delete(&event);
    yaml_parser_delete(&parser);
    PyMem_Free(stack);
    if (root == NULL) { /* cannot happen: a document holds a node */
        Py_RETURN_NONE;
    }
    return root;

unusual:
    give_up();
fail:
    if (have_event) {
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    Py_XDECREF(value);
    Py_XDECREF(cur.container);
    Py_XDECREF(cur.key);
    for (i = 0; i < depth; i++) {
        Py_XDECREF(stack[i].container);
        Py_XDECREF(stack[i].key);
    }
    PyMem_Free(stack);
    Py_XDECREF(root);
    return NULL;
}

/* The text of ``arg`` as UTF-8 bytes (a lone surrogate: UnicodeEncodeError, like CParser); bytes
 * are taken as they are, UTF-8 already (the bytes of a file just decoded: not encoded again; bytes
 * that are not UTF-8 fail where a scalar is made of them, with UnicodeDecodeError). */
static PyObject *
utf8_of(PyObject *arg)
{
    if (unusual_cls == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "_cyaml.setup() was not called");
        return NULL;
    }
    if (PyBytes_CheckExact(arg)) {
        Py_INCREF(arg);
        return arg;
    }
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "load() takes a str or UTF-8 bytes");
        return NULL;
    }
    return PyUnicode_AsUTF8String(arg);
}

/* The line scanner's data of the UTF-8 ``bytes``, or NULL: declined (``*declined``) or an error
 * raised. */
static PyObject *
scanned(PyObject *bytes, int *declined, PyObject *marks)
{
    lines_t c;
    PyObject *data;
    c.marks = marks;
    data = lines_load(&c, PyBytes_AS_STRING(bytes), PyBytes_GET_SIZE(bytes));
    PyMem_Free(c.buf);
    *declined = data == NULL && c.declined && !PyErr_Occurred();
    return data;
}

static PyObject *
cyaml_lines(PyObject *module, PyObject *arg)
{
    int declined;
    PyObject *data, *bytes = utf8_of(arg);
    if (bytes == NULL) {
        return NULL;
    }
    data = scanned(bytes, &declined, NULL);
    Py_DECREF(bytes);
    if (declined) {
        Py_RETURN_NOTIMPLEMENTED;
    }
    return data;
}

static PyObject *
cyaml_load_events(PyObject *module, PyObject *arg)
{
    PyObject *data, *bytes = utf8_of(arg);
    if (bytes == NULL) {
        return NULL;
    }
    data = events_load(PyBytes_AS_STRING(bytes), PyBytes_GET_SIZE(bytes));
    Py_DECREF(bytes);
    return data;
}

/* load(text[, marks]): the line scanner's data, else (it declined) libyaml's. ``marks``: a list
 * that gets (sequence, (line of each item, ...)) for every block sequence of the data, when the
 * line scanner built it; left empty when libyaml did. */
static PyObject *
cyaml_load(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    int declined;
    PyObject *data, *bytes, *marks = NULL;
    if (nargs < 1 || nargs > 2 || (nargs == 2 && !PyList_CheckExact(args[1]))) {
        PyErr_SetString(PyExc_TypeError, "load(text[, list])");
        return NULL;
    }
    if (nargs == 2) {
        marks = args[1];
    }
    if ((bytes = utf8_of(args[0])) == NULL) {
        return NULL;
    }
    data = scanned(bytes, &declined, marks);
    if ((data == NULL || declined) && marks != NULL &&
        PyList_SetSlice(marks, 0, PyList_GET_SIZE(marks), NULL) < 0) {
        Py_XDECREF(data);
        Py_DECREF(bytes);
        return NULL;
    }
    if (declined) {
        data = events_load(PyBytes_AS_STRING(bytes), PyBytes_GET_SIZE(bytes));
    }
    Py_DECREF(bytes);
    return data;
}

static PyObject *
cyaml_setup(PyObject *module, PyObject *args)
{
    PyObject *unusual, *deep, *plain, *memo, *lengths, *key, *bound;
    Py_ssize_t pos = 0;
    int i;

    if (!PyArg_ParseTuple(args, "OOOO!O!:setup", &unusual, &deep, &plain, &PyDict_Type, &memo,
                          &PyDict_Type, &lengths)) {
        return NULL;
    }
    if (!PyExceptionClass_Check(unusual) || !PyExceptionClass_Check(deep) ||
        !PyCallable_Check(plain)) {
        PyErr_SetString(PyExc_TypeError, "setup(exception class, exception class, callable, dict, dict)");
        return NULL;
    }
    for (i = 0; i < 128; i++) {
        resolvable[i] = -1;
    }
    while (PyDict_Next(lengths, &pos, &key, &bound)) {
        long upto = PyLong_AsLong(bound);
        if (upto == -1 && PyErr_Occurred()) {
            return NULL;
        }
        if (!PyUnicode_Check(key) || PyUnicode_GET_LENGTH(key) != 1 ||
            PyUnicode_READ_CHAR(key, 0) >= 128) {
            PyErr_SetString(PyExc_ValueError, "resolver keys must be one ASCII character");
            return NULL;
        }
        resolvable[PyUnicode_READ_CHAR(key, 0)] = upto < 0 || upto > INT_MAX ? INT_MAX : (int)upto;
    }
    for (i = 0; i < CACHE_SLOTS; i++) { /* values resolved by the resolvers set up before */
        if (cache[i].resolved) {
            Py_CLEAR(cache[i].value);
        }
    }
    Py_INCREF(unusual);
    Py_XSETREF(unusual_cls, unusual);
    Py_INCREF(deep);
    Py_XSETREF(deep_cls, deep);
    Py_INCREF(plain);
    Py_XSETREF(plain_func, plain);
    Py_INCREF(memo);
    Py_XSETREF(plain_memo, memo);
    Py_RETURN_NONE;
}

/* scan(text, table): where the text checks (checks/text.py) must look, in one pass over a text:
 * each bit set says that a check may find something; a bit not set, that it finds nothing.
 *   1  a character of the set in table (a bitmap of 65536 bits: bit c & 7 of byte c >> 3 for each
 *      character c; only characters from U+0080 to U+FFFF are looked up): legacy encodings,
 *      double UTF-8;
 *   2  a ':' followed by spaces or tabs and then a number starting with '0' and another decimal
 *      digit, or whose decimal digits are followed by '.' or ',' and a decimal digit (any Unicode
 *      decimal digit, as \d in a regular expression): every match of KH304's pattern is one;
 *   4  a '&' (KH307);  8  a " #" (KH306);  16  a "TODO" (KH418);
 *   32 a character that may keep a text from being NFC: any but U+0000–U+02FF, U+1EA0–U+1EF9
 *      (Vietnamese letters) and U+2002–U+206F (punctuation), each of which is NFC by itself,
 *      combines with nothing before it and has combining class 0 (tests/unit/test_text_scan.py);
 *   64 a line (the first, or one after a '\n') that starts with seven '<', '>', '|' or '=': a
 *      git merge conflict marker (KH308). */
#define SCAN_ALL 127

/* bit 64 for a line starting at i: seven times the same of '<', '>', '|', '=' */
#define CONFLICT_AT(p, i, n)                                                                    \
    ((i) + 7 <= (n) &&                                                                          \
     ((p)[i] == '<' || (p)[i] == '>' || (p)[i] == '|' || (p)[i] == '=') &&                      \
     (p)[(i) + 1] == (p)[i] && (p)[(i) + 2] == (p)[i] && (p)[(i) + 3] == (p)[i] &&             \
     (p)[(i) + 4] == (p)[i] && (p)[(i) + 5] == (p)[i] && (p)[(i) + 6] == (p)[i])

static int
is_decimal(Py_UCS4 c)
{
    return c < 128 ? (c >= '0' && c <= '9') : Py_UNICODE_ISDECIMAL(c);
}

/* bit 2 for the ':' at i */
static int
bad_number_at(int kind, const void *data, Py_ssize_t n, Py_ssize_t i)
{
    Py_ssize_t j = i + 1;
    Py_UCS4 c;

    while (j < n && ((c = PyUnicode_READ(kind, data, j)) == ' ' || c == '\t')) {
        j++;
    }
    if (j >= n || !is_decimal(PyUnicode_READ(kind, data, j))) {
        return 0;
    }
    if (PyUnicode_READ(kind, data, j) == '0' && j + 1 < n &&
        is_decimal(PyUnicode_READ(kind, data, j + 1))) {
        return 2;
    }
    while (j < n && is_decimal(PyUnicode_READ(kind, data, j))) {
        j++;
    }
    if (j + 1 < n && ((c = PyUnicode_READ(kind, data, j)) == '.' || c == ',') &&
        is_decimal(PyUnicode_READ(kind, data, j + 1))) {
        return 2;
    }
    return 0;
}

#define SCAN_LOOP(TYPE)                                                                         \
    do {                                                                                        \
        const TYPE *p = (const TYPE *)data;                                                     \
        if (CONFLICT_AT(p, 0, n)) {                                                             \
            flags |= 64;                                                                        \
        }                                                                                       \
        for (i = 0; i < n; i++) {                                                               \
            Py_UCS4 c = p[i];                                                                   \
            if (c < 128) {                                                                      \
                if (!ascii_special[c]) {                                                        \
                    continue;                                                                   \
                }                                                                               \
                if (c == ':') {                                                                 \
                    if (!(flags & 2)) {                                                         \
                        flags |= bad_number_at(kind, data, n, i);                               \
                    }                                                                           \
                } else if (c == '\n') {                                                        \
                    if (CONFLICT_AT(p, i + 1, n)) {                                             \
                        flags |= 64;                                                            \
                    }                                                                           \
                } else if (c == '&') {                                                          \
                    flags |= 4;                                                                 \
                } else if (c == '#') {                                                          \
                    if (i > 0 && p[i - 1] == ' ') {                                             \
                        flags |= 8;                                                             \
                    }                                                                           \
                } else if (i + 3 < n && p[i + 1] == 'O' && p[i + 2] == 'D' && p[i + 3] == 'O') { \
                    flags |= 16;                                                                \
                }                                                                               \
            } else {                                                                            \
                if (c < 0x10000 && (bits[c >> 3] >> (c & 7)) & 1) {                             \
                    flags |= 1;                                                                 \
                }                                                                               \
                if (c >= 0x300 && (c < 0x1EA0 || c > 0x1EF9) && (c < 0x2002 || c > 0x206F)) {   \
                    flags |= 32;                                                                \
                }                                                                               \
            }                                                                                   \
            if (flags == SCAN_ALL) {                                                            \
                break;                                                                          \
            }                                                                                   \
        }                                                                                       \
    } while (0)

/* the ASCII characters the loop above looks at: ':', '\n', '&', '#', 'T' */
static const unsigned char ascii_special[128] = {
    [':'] = 1, ['\n'] = 1, ['&'] = 1, ['#'] = 1, ['T'] = 1,
};

static PyObject *
cyaml_scan(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *text;
    const unsigned char *bits;
    Py_ssize_t n, i;
    int kind, flags = 0;
    const void *data;

    if (nargs != 2 || !PyUnicode_Check(args[0]) || !PyBytes_Check(args[1]) ||
        PyBytes_GET_SIZE(args[1]) != 8192) {
        PyErr_SetString(PyExc_TypeError, "scan(str, bytes of 8192)");
        return NULL;
    }
    text = args[0];
    if (PyUnicode_READY(text) < 0) {
        return NULL;
    }
    bits = (const unsigned char *)PyBytes_AS_STRING(args[1]);
    n = PyUnicode_GET_LENGTH(text);
    kind = PyUnicode_KIND(text);
    data = PyUnicode_DATA(text);
    if (kind == PyUnicode_1BYTE_KIND) {
        SCAN_LOOP(Py_UCS1);
    } else if (kind == PyUnicode_2BYTE_KIND) {
        SCAN_LOOP(Py_UCS2);
    } else {
        SCAN_LOOP(Py_UCS4);
    }
    return PyLong_FromLong(flags);
}

static PyMethodDef cyaml_methods[] = {
    {"load", (PyCFunction)(void (*)(void))cyaml_load, METH_FASTCALL,
     "load(text[, marks]): the data of a YAML text, or Unusual (see yamlfast._load)."},
    {"lines", cyaml_lines, METH_O, "The line scanner's data of a YAML text, or NotImplemented."},
    {"load_events", cyaml_load_events, METH_O, "The data of a YAML text read from libyaml's events."},
    {"scan", (PyCFunction)(void (*)(void))cyaml_scan, METH_FASTCALL,
     "scan(text, table): the bits of the text checks that may find something (see the source)."},
    {"setup", cyaml_setup, METH_VARARGS, "setup(unusual, deep, plain, memo, lengths)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef cyaml_module = {
    PyModuleDef_HEAD_INIT, "_cyaml", "kehoach's one-pass YAML loader over libyaml.", -1,
    cyaml_methods,
};

PyMODINIT_FUNC
PyInit__cyaml(void)
{
    PyObject *m = PyModule_Create(&cyaml_module);
    if (m == NULL) {
        return NULL;
    }
    if (PyModule_AddStringConstant(m, "SOURCE_DIGEST", KEHOACH_CYAML_DIGEST) < 0 ||
        PyModule_AddStringConstant(m, "LIBYAML_VERSION", yaml_get_version_string()) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
