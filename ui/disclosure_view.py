"""The six disclosures (六公开) of an item, shown as a readable page."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop.catalog_view import ItemDetail, form_label, kind_label


def tr(text: str) -> str:
    # Module-level tr() calls are filed by lupdate under the empty context.
    return QCoreApplication.translate("", text)


def _h(text: str) -> str:
    return f"<h3 style='margin:10px 0 4px 0; color:#1d4f91'>{escape(text)}</h3>"


def _p(text: str, style: str = "") -> str:
    return f"<p style='{style}'>{escape(text)}</p>"


def _materials_table(item: ItemDetail) -> str:
    head = [tr("Material"), tr("Originals"), tr("Copies"), tr("Form"), tr("Required")]
    rows = [
        "<tr style='background:#eef2f7'><th>#</th>"
        + "".join(f"<th>{escape(h)}</th>" for h in head)
        + "</tr>"
    ]
    for n, m in enumerate(item.materials, 1):
        need = tr("Required") if m.required else tr("Only if: %1").replace("%1", m.condition)
        extra = " ".join(x for x in (m.source, m.notes) if x)
        note = f"<br><span style='color:#666'>{escape(extra)}</span>" if extra else ""
        rows.append(
            f"<tr><td align='center'>{n}</td><td>{escape(m.name)}{note}</td>"
            f"<td align='center'>{m.originals}</td><td align='center'>{m.copies}</td>"
            f"<td align='center'>{escape(form_label(m.form))}</td><td>{escape(need)}</td></tr>"
        )
    return (
        "<table cellspacing='0' cellpadding='4' border='1' width='100%'>"
        + "".join(rows)
        + "</table>"
    )


def _time_limit(item: ItemDetail) -> str:
    legal = tr("Legal limit: %1 working days").replace("%1", str(item.legal_days))
    if item.committed_days == 0:
        return _p(tr("Handled on the spot.") + " " + legal)
    committed = tr("Committed: %1 working days").replace("%1", str(item.committed_days))
    return _p(committed + "；" + legal)


def _fees(item: ItemDetail) -> str:
    if not item.fees:
        return "<p><b>" + escape(tr("No fee")) + "</b></p>"
    waivable = tr("may be waived")
    lines = []
    for f in item.fees:
        waiver = f"（{escape(waivable)}）" if f.waivable else ""
        lines.append(
            f"<li><b>{escape(f.name)}</b>：{escape(f.price_text)}{waiver}"
            f"<br><span style='color:#555'>{escape(f.basis)}</span></li>"
        )
    return "<ul>" + "".join(lines) + "</ul>"


def disclosure_html(item: ItemDetail) -> str:
    parts: list[str] = [
        f"<h2 style='margin:0'>{escape(item.name)}</h2>",
        f"<p style='color:#555'>{escape(item.code)} · {escape(item.department)} · "
        f"<b>{escape(kind_label(item.kind))}</b></p>",
    ]
    if not item.active:
        parts.append(_p(tr("This item is no longer in the catalog."), "color:#b3261e"))
    parts.append(_h(tr("1. Content approved")))
    parts.append(_p(item.content))
    parts.append(_p(tr("Result:") + " " + item.result))
    if item.joint_departments:
        parts.append(
            _p(tr("Departments acting in parallel:") + " " + "、".join(item.joint_departments))
        )
    if item.higher_authority:
        parts.append(_p(tr("Decided by:") + " " + item.higher_authority))
    parts.append(_h(tr("2. Procedure")))
    parts.append("<ol>" + "".join(f"<li>{escape(s)}</li>" for s in item.steps) + "</ol>")
    parts.append(_h(tr("3. Legal basis")))
    parts.append("<ul>" + "".join(f"<li>{escape(b)}</li>" for b in item.legal_basis) + "</ul>")
    parts.append(_h(tr("4. Materials")))
    parts.append(_materials_table(item))
    parts.append(_h(tr("5. Time limit")))
    parts.append(_time_limit(item))
    parts.append(_h(tr("6. Fees and their basis")))
    parts.append(_fees(item))
    if item.pickup:
        parts.append(_p(tr("Collecting the result:") + " " + item.pickup))
    return "".join(parts)
