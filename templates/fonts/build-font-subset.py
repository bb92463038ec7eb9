#!/usr/bin/python3
"""Builds the fonts the PDF report embeds: Noto Sans CJK SC (SIL OFL 1.1) cut down to the
GB2312 character set plus the Latin letters, punctuation and symbols the report uses.

A developer tool, run once when the fonts change; its output is committed. Needs Debian's
fonts-noto-cjk and python3-fonttools:  /usr/bin/python3 templates/fonts/build-font-subset.py
"""
from pathlib import Path
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

HERE = Path(__file__).resolve().parent
SOURCES = {
    'Regular': '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    'Bold': '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
}
POSTSCRIPT_NAME = 'NotoSansCJKsc-{weight}'


def gb2312() -> set[int]:
    """Every character GB2312 encodes: decode each two-byte code of rows 0xA1-0xF7."""
    points = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                points.add(ord(bytes([high, low]).decode('gb2312')))
            except UnicodeDecodeError:
                pass
    return points


def extras() -> set[int]:
    ranges = [(0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x206F), (0x2190, 0x2193), (0x2200, 0x22FF),
              (0x2460, 0x2473), (0x25A0, 0x25FF), (0x2605, 0x2606), (0x2713, 0x2717), (0x3000, 0x303F),
              (0xFF01, 0xFF5E)]
    return {p for start, end in ranges for p in range(start, end + 1)}


def build(weight: str, source: str, codepoints: set[int]) -> None:
    collection = TTCollection(source)
    font = next(f for f in collection.fonts if f['name'].getDebugName(6) == POSTSCRIPT_NAME.format(weight=weight))
    options = subset.Options()
    # No OpenType layout: Chinese needs no shaping here, and fontkit spends seconds decoding it.
    options.layout_features = []
    options.drop_tables += ['GSUB', 'GPOS', 'GDEF', 'BASE', 'VORG', 'vhea', 'vmtx']
    options.name_IDs = ['*']
    options.name_languages = ['*']
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    to_truetype(font)
    target = HERE / f'NotoSansSC-GB2312-{weight}.ttf'
    font.save(str(target))
    print(f'{target.name}: {target.stat().st_size / 1024:.0f} KB, {len(font.getBestCmap())} characters')


def to_truetype(font) -> None:
    """CFF outlines to TrueType (quadratic) ones: fontkit, under pdfkit, decodes a CFF font for
    seconds on every report, and a glyf font in a fraction of that."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font['loca'] = newTable('loca')
    glyf = font['glyf'] = newTable('glyf')
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font['CFF ']
    if 'VORG' in font:
        del font['VORG']
    font['head'].glyphDataFormat = 0
    font['post'].formatType = 2.0
    font['post'].extraNames = []
    font['post'].mapping = {}
    font['post'].glyphOrder = glyph_order
    maxp = font['maxp']
    maxp.tableVersion = 0x00010000
    for field in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
                  'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements'):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font.sfntVersion = '\x00\x01\x00\x00'


def main() -> None:
    codepoints = gb2312() | extras()
    for weight, source in SOURCES.items():
        build(weight, source, codepoints)


if __name__ == '__main__':
    main()
