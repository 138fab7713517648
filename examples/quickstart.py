"""A tour of innovation_news on the bundled example articles.

    python examples/quickstart.py
"""

from __future__ import annotations

import datetime
from pathlib import Path

import innovation_news as inn

HERE = Path(__file__).resolve().parent


def main() -> None:
    # 1. the normalisers on their own
    m = inn.parse_money("more than 1.5 billion yuan")
    print("money:", m.value, m.currency, m.qualifier.value)
    print("in USD at the 2023 average rate:", m.convert("USD", on=2023).value)
    print("formatted:", m.format(locale="en"), "/", m.format(locale="zh_CN"))
    a = inn.parse_area("about 320 mu")
    print("area:", a.square_meters, "m² =", a.to("hectare").value, "ha")
    print("currency codes:", inn.currency_code("RMB"), inn.currency_code("港元"))
    print("numbers:", inn.parse_number("1,100.9亿"), inn.parse_number("two hundred"))

    # 2. everything in a sentence at once, with dates resolved against a publication date
    ctx = inn.Context(published=datetime.date(2024, 5, 17))
    q = inn.find_quantities(
        "In the first quarter of this year the zone drew 30 returnees and 2-3 billion yuan.", ctx
    )
    for d in q.dates:
        print("date:", d.span.text, d.start, d.end, d.granularity.value)
    for c in q.counts:
        print("count:", c.span.text, c.noun)
    for x in q.money:
        print("money:", x.span.text, x.low, x.high, x.qualifier.value)

    # 3. a whole article
    text = (HERE / "articles" / "lakeside-photonics-en.txt").read_text(encoding="utf-8")
    article = inn.parse_article(text)
    print("published:", article.metadata.published, "| title:", article.metadata.title)
    for park in article.parks:
        print("park:", park.name, park.kind.value, park.location, park.area and park.area.span.text)
    for inv in article.investments:
        print("investment:", inv.amount.span.text, "->", inv.target, f"[{inv.kind.value}]")
    for tp in article.talent_programs:
        print("talent programme:", tp.name)


if __name__ == "__main__":
    main()
