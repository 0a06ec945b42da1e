"""Files the program ships with: the sample catalog, fonts, translations."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent
SAMPLE_CATALOG = ROOT / "catalog" / "liushui.json"
FONT_FILE = ROOT / "fonts" / "wqy-microhei.ttc"
I18N_DIR = ROOT / "i18n"
