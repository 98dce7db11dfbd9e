"""TCVN3 (ABC) and VNI text → Unicode, on its own: known pairs, fonts, detection from the text."""

from __future__ import annotations

import unicodedata

import pytest

from kehoach.exchange.importer.legacy import (
    convert,
    encoding_of_font,
    guess,
    tcvn3_to_unicode,
    vni_to_unicode,
)

TCVN3 = [
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
    ("TØnh ®oµn B×nh ThuËn", "Tỉnh đoàn Bình Thuận"),
    ("KÕ ho¹ch tæ chøc Héi thi S¸ng t¹o trÎ", "Kế hoạch tổ chức Hội thi Sáng tạo trẻ"),
    ("Ph¸t huy vai trß xung kÝch cña thanh niªn", "Phát huy vai trò xung kích của thanh niên"),
    ("Tr\u00adêng, ng\u00adêi, n\u00adíc", "Trường, người, nước"),
    ("¨n, ©n, ª, «, ¬, \u00ad, ®", "ăn, ân, ê, ô, ơ, ư, đ"),
    ("¡ ¢ £ ¤ ¥ ¦ §", "Ă Â Ê Ô Ơ Ư Đ"),
    ("Së Khoa häc vµ C«ng nghÖ", "Sở Khoa học và Công nghệ"),
    ("quý II/2022, 15.000.000 ®ång", "quý II/2022, 15.000.000 đồng"),
]
VNI = [
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
    ("Tænh ñoaøn Bình Thuaän", "Tỉnh đoàn Bình Thuận"),
    ("Keá hoaïch toå chöùc Hoäi thi Saùng taïo treû", "Kế hoạch tổ chức Hội thi Sáng tạo trẻ"),
    ("ngöôøi, tröôøng, nöôùc, ñöôïc", "người, trường, nước, được"),
    ("aê, aé, aè, aú, aü, aë", "ă, ắ, ằ, ẳ, ẵ, ặ"),
    ("íì æ ó ò, yù yø yû yõ î", "íì ỉ ĩ ị, ý ỳ ỷ ỹ ỵ"),
    ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Sôû Khoa hoïc vaø Coâng ngheä", "Sở Khoa học và Công nghệ"),
]


@pytest.mark.parametrize(("legacy", "unicode"), TCVN3)
def test_tcvn3_known_pairs(legacy, unicode):
    out = tcvn3_to_unicode(legacy)
    assert out == unicode
    assert unicodedata.is_normalized("NFC", out)


@pytest.mark.parametrize(("legacy", "unicode"), VNI)
def test_vni_known_pairs(legacy, unicode):
    out = vni_to_unicode(legacy)
    assert out == unicode
    assert unicodedata.is_normalized("NFC", out)


def test_tcvn3_capital_fonts_print_capitals():
    assert tcvn3_to_unicode("kÕ ho¹ch", capitals=True) == "KẾ HOẠCH"
    assert convert("bch tØnh ®oµn", "tcvn3-caps") == "BCH TỈNH ĐOÀN"


@pytest.mark.parametrize(
    ("font", "encoding"),
    [
        (".VnTime", "tcvn3"),
        (".VnTimeH", "tcvn3-caps"),
        (".VnArial", "tcvn3"),
        (".VnArialH", "tcvn3-caps"),
        ("VNI-Times", "vni"),
        ("VNI-Helve", "vni"),
        ("Times New Roman", None),
        ("Arial", None),
        (None, None),
    ],
)
def test_encoding_from_font(font, encoding):
    assert encoding_of_font(font) == encoding


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Céng hoµ x· héi chñ nghÜa", "tcvn3"),
        ("§oµn", "tcvn3"),
        ("Coäng hoøa xaõ hoäi", "vni"),
        ("Cộng hòa xã hội", None),  # already Unicode
        ("Café, résumé, naïve", None),  # French, not damaged Vietnamese
        ("Hoàng Hoài Long", None),  # a Vietnamese name of Latin-1 letters, not VNI "Hồng Hồi"
        ("Toà nhà Hoà Bình", None),
        ("Plan 2022", None),
        ("", None),
    ],
)
def test_guess_from_text(text, encoding):
    assert guess(text) == encoding


def test_unicode_text_is_left_alone():
    assert convert("Kế hoạch năm 2023", None) == "Kế hoạch năm 2023"
