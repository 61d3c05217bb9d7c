"""templates/ and resources/ ship inside the wheel: an installed copy works from anywhere."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--no-build-isolation", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True, timeout=300, cwd=out)
    [built] = out.glob("cica_desktop-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_templates_samples_and_entry_point(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for expected in ("cica_desktop/templates/styles.toml", "cica_desktop/templates/lang/en.toml",
                     "cica_desktop/templates/lang/zh.toml",
                     "cica_desktop/templates/kinds/en.toml",
                     "cica_desktop/templates/kinds/ar.toml",
                     "cica_desktop/resources/samples/a-62-232.zh.json",
                     "cica_desktop/resources/samples/a-62-232.en.json",
                     "cica_desktop/resources/translations/cica_desktop_zh_CN.qm",
                     "cica_desktop/resources/guide/USER-GUIDE.md",
                     "cica_desktop/resources/guide/window.png"):
        assert expected in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "cica-desktop = cica_desktop.__main__:main" in \
        zipfile.ZipFile(wheel).read(entry_points).decode()


@pytest.mark.slow
def test_installed_wheel_builds_the_sample_from_another_folder(wheel: Path,
                                                               tmp_path: Path) -> None:
    """Unpacked like a non-editable install, and run away from the source tree."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    work = tmp_path / "elsewhere"
    work.mkdir()
    sample = site / "cica_desktop" / "resources" / "samples" / "a-62-232.zh.json"
    code = (
        # The editable install's finder would supply any module the wheel lacks: drop it.
        "import sys; sys.meta_path[:] = [f for f in sys.meta_path "
        "if not str(getattr(f, '__module__', '')).startswith('__editable__')]; "
        "sys.path.insert(0, sys.argv[1]); import cica_desktop; "
        "assert cica_desktop.__file__.startswith(sys.argv[1]), cica_desktop.__file__; "
        "from cica_desktop.__main__ import main; "
        "sys.exit(main(['build', sys.argv[2], '--out', 'o']))"
    )
    result = subprocess.run([sys.executable, "-c", code, str(site), str(sample)], cwd=work,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (work / "o" / "a-62-232.zh.pdf").is_file()
    assert (work / "o" / "a-62-232.zh.docx").is_file()


def test_every_package_of_the_source_is_in_the_wheel(wheel: Path) -> None:
    source = Path(__file__).parent.parent / "cica_desktop"
    packages = {init.parent.relative_to(source.parent).as_posix()
                for init in source.rglob("__init__.py")}
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {package for package in packages if f"{package}/__init__.py" not in names} == set()
