"""Generate the Ostrobothnia demo region as PTV v11 JSON pages into tarjotin/demo/ptv/."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_region import check, output, readme  # noqa: E402
from demo_region.build import build  # noqa: E402

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "tarjotin" / "demo"


def generate() -> tuple[dict[str, str], str, str]:
    """(page files, README text, summary); raises check.CheckError on invalid data."""
    region = build()
    counters = check.run(region)
    files = output.rendered({
        "Organization": list(region.organizations.values()),
        "Service": list(region.services.values()),
        "ServiceChannel": list(region.channels.values()),
    })
    readme_text = readme.render(region, counters, list(files))
    return files, readme_text, check.summary(region, counters)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="demo directory (pages go to OUT/ptv, README to OUT/README.md)")
    parser.add_argument("--check", action="store_true",
                        help="validate and compare with the files on disk without writing")
    args = parser.parse_args(argv)
    try:
        files, readme_text, summary = generate()
    except check.CheckError as err:
        print(f"check failed: {err}", file=sys.stderr)
        return 1
    print(summary)
    ptv_dir, readme_path = args.out / "ptv", args.out / "README.md"
    if args.check:
        stale = output.differences(ptv_dir, files)
        if not readme_path.exists() or readme_path.read_text(encoding="utf-8") != readme_text:
            stale.append("README.md")
        if stale:
            print(f"out of date: {', '.join(stale)} – run tools/make_demo_region.py",
                  file=sys.stderr)
            return 1
        print(f"{len(files)} files up to date in {ptv_dir}")
        return 0
    output.write(ptv_dir, files)
    readme_path.write_text(readme_text, encoding="utf-8")
    print(f"wrote {len(files)} files to {ptv_dir} and {readme_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
