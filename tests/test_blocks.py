"""The shared StreamField blocks validate what editors enter and render accessible HTML."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from home.blocks import BODY_BLOCKS, LinkBlock, TableBlock
from home.models import ContentPage, SectionPage


def test_a_link_goes_to_a_page_or_a_url_but_not_both_nor_neither(home):
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": None, "url": "", "text": "Trống"}))
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": home.pk, "url": "https://chinhphu.vn", "text": "Hai nơi"}))
    assert block.clean(block.to_python({"page": None, "url": "https://chinhphu.vn", "text": "Chính phủ"}))


def test_a_table_needs_a_caption():
    block = TableBlock()
    value = block.to_python({"caption": "", "columns": [{"type": "text", "heading": "Đơn vị"}],
                             "rows": [{"values": ["Văn phòng"]}]})
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert "tên bảng" in str(error.value)


def test_blocks_render_semantic_accessible_html(client, home):
    parent = SectionPage.objects.get(slug="thong-bao-huong-dan")
    page = ContentPage(
        title="Kết quả thống kê quý III",
        slug="ket-qua-quy-3",
        body=[
            {"type": "heading", "value": {"text": "Số liệu chính", "level": "h2"}},
            {"type": "table", "value": {"caption": "Hồ sơ đã giải quyết", "columns": [
                {"type": "text", "heading": "Lĩnh vực"}, {"type": "number", "heading": "Số hồ sơ"}],
                "rows": [{"values": ["Sở hữu trí tuệ", "125"]}]}},
            {"type": "quote", "value": {"quote": "Phục vụ người dân là trên hết.", "attribution": "Giám đốc Sở"}},
            {"type": "call_to_action", "value": {"title": "Gửi câu hỏi", "text": "",
                                                  "link": {"page": None, "url": "https://dichvucong.gov.vn",
                                                           "text": "Cổng Dịch vụ công quốc gia"}}},
        ],
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert '<h2 class="block-heading">Số liệu chính</h2>' in html
    assert "<caption>Hồ sơ đã giải quyết</caption>" in html
    assert '<th scope="col">Lĩnh vực</th>' in html
    assert "<blockquote><p>Phục vụ người dân là trên hết.</p></blockquote>" in html
    assert '<a href="https://dichvucong.gov.vn" rel="noopener">Cổng Dịch vụ công quốc gia</a>' in html


def test_the_stream_reports_which_block_is_wrong():
    from wagtail.fields import StreamField

    stream_block = StreamField(BODY_BLOCKS).stream_block
    value = stream_block.to_python([{"type": "call_to_action", "value": {"title": "X", "text": "",
                                                                         "link": {"page": None, "url": ""}}}])
    with pytest.raises(StreamBlockValidationError):
        stream_block.clean(value)
