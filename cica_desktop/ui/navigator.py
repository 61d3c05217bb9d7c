"""The tree of the package's parts: settings, cover letter, annexes, enclosures."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from ..app.numbering import annex_number
from ..app.paths import Path, path_text
from .i18n import QT_TR_NOOP, tr

SETTINGS_NODE: Path = ("settings",)
LETTER_NODE: Path = ("letter",)

_ROLE = Qt.ItemDataRole.UserRole



_ANNEX_TITLES = {"memorandum": QT_TR_NOOP("Explanatory memorandum"),
                 "draft_resolution": QT_TR_NOOP("Draft resolution"),
                 "letter": QT_TR_NOOP("Letter")}


def node_title(data: dict[str, Any], node: Path) -> str:
    if node == SETTINGS_NODE:
        return tr("Package settings")
    if node == LETTER_NODE:
        return tr("Cover letter")
    if node[-1] == "enclosure":
        return tr("Enclosure")
    if node[-1] == "annex":
        return tr("Enclosure's annex")
    annex = data["annexes"][node[1]]
    kind = tr(_ANNEX_TITLES.get(annex.get("kind", ""), "Annex"))
    return tr("Annex {number}: {kind}").format(number=annex_number(int(node[1])), kind=kind)


def nodes_of(data: dict[str, Any]) -> list[tuple[Path, Path | None]]:
    """(node, parent node) for every part, in order."""
    out: list[tuple[Path, Path | None]] = [(SETTINGS_NODE, None), (LETTER_NODE, None)]
    for index, annex in enumerate(data.get("annexes") or []):
        node: Path = ("annexes", index)
        out.append((node, None))
        if isinstance(annex, dict) and annex.get("kind") == "letter" and annex.get("enclosure"):
            enclosure = (*node, "enclosure")
            out.append((enclosure, node))
            if annex["enclosure"].get("annex"):
                out.append(((*enclosure, "annex"), enclosure))
    return out


def node_for_path(data: dict[str, Any], path: Path) -> Path:
    """The part whose form holds the field at *path*."""
    if path[:1] == ("letter",):
        return LETTER_NODE
    if path[:1] != ("annexes",) or len(path) < 2:
        return SETTINGS_NODE
    holders = [node for node, _ in nodes_of(data)
               if node[0] == "annexes" and path[: len(node)] == node]
    return max(holders, key=len, default=SETTINGS_NODE)


class Navigator(QTreeWidget):
    node_selected = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("navigator")
        self.setAccessibleName(tr("Parts of the package"))
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self._items: dict[Path, QTreeWidgetItem] = {}
        self.currentItemChanged.connect(self._changed)

    def rebuild(self, data: dict[str, Any], keep: Path | None = None) -> None:
        """Rebuild the tree, staying on *keep* or, if it is gone, the nearest part."""
        previous = self.current_node() if self.currentItem() is not None else None
        self.blockSignals(True)
        self.clear()
        self._items = {}
        for node, parent in nodes_of(data):
            item = QTreeWidgetItem([node_title(data, node)])
            item.setData(0, _ROLE, node)
            item.setToolTip(0, path_text(node) if node != SETTINGS_NODE else "")
            if parent is None:
                self.addTopLevelItem(item)
            else:
                self._items[parent].addChild(item)
            self._items[node] = item
        self.expandAll()
        target = self._nearest(keep) if keep is not None else SETTINGS_NODE
        self.setCurrentItem(self._items[target])
        self.blockSignals(False)
        if target != previous:
            self.node_selected.emit(target)

    def _nearest(self, node: Path) -> Path:
        """*node*, else its parent part, else the annex before it, else the cover letter."""
        while node and node not in self._items:
            if node[-1] in ("enclosure", "annex"):
                node = node[:-1]
            elif node[:1] == ("annexes",) and len(node) == 2 and int(node[1]) > 0:
                node = ("annexes", int(node[1]) - 1)
            else:
                node = LETTER_NODE
        return node if node in self._items else SETTINGS_NODE

    def select(self, node: Path) -> None:
        item = self._items.get(node)
        if item is not None and item is not self.currentItem():
            self.setCurrentItem(item)
        elif item is not None:
            self.node_selected.emit(node)

    def current_node(self) -> Path:
        item = self.currentItem()
        return tuple(item.data(0, _ROLE)) if item is not None else SETTINGS_NODE

    def has(self, node: Path) -> bool:
        return node in self._items

    def _changed(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        if current is not None:
            self.node_selected.emit(tuple(current.data(0, _ROLE)))
