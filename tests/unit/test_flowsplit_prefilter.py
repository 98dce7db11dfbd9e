"""KH309's quick look at the text (``_candidate``) never hides a finding: on any one-line list
under a watched key, whenever libyaml's events show a split sentence, the quick look asks for
them — and a quoted entry holding commas (``["Các huyện, thị, thành đoàn"]``, in most plans)
does not ask (it made 716 of 1,000 bench plans be read twice: cold validate +60 % CPU)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach.checks.flowsplit import _candidate, _scan, flow_list_split

words = st.sampled_from(
    ["Tỉnh Đoàn", "các hội thành viên", "thị", "thành đoàn", "đ/c Bí thư", "vòng sơ khảo;",
     "ban hành Thể lệ", "Sở KH&CN.", "a:", "x", "Hội  đồng", "it's", "b#c"]
)  # fmt: skip
entry = st.one_of(
    words,
    st.lists(words, min_size=1, max_size=3).map(lambda ws: '"' + ", ".join(ws) + '"'),
    st.lists(words, min_size=1, max_size=3).map(
        lambda ws: "'" + ", ".join(ws).replace("'", "''") + "'"
    ),
)
keys = st.sampled_from(["items", "paragraphs", "details", "support_others", "outputs"])


@settings(max_examples=400, deadline=None)
@given(keys, st.lists(entry, min_size=1, max_size=5), st.sampled_from([", ", ",", " , "]))
def test_the_quick_look_asks_whenever_libyaml_finds_a_split(key, entries, sep):
    text = f"kind: plan\ncontents:\n  {key}: [{sep.join(entries)}]\n"
    found = _scan("p.yaml", text)
    if found:
        assert _candidate(text), text
    assert flow_list_split("p.yaml", text) == found


def test_a_quoted_entry_with_commas_is_not_read_again():
    assert not _candidate('      support_others: ["Các huyện, thị, thành đoàn"]\n')
    assert not _candidate("      items: ['Tỉnh Đoàn, các hội thành viên', Sở KH&CN]\n")
    assert _candidate("  items: [Thường trực Ban Tổ chức; ban hành Thể lệ, thành lập Hội đồng.]\n")
    assert _candidate("  items: [Một, [lồng nhau]]\n")  # what the quick look cannot follow
