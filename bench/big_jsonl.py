"""A big JSONL batch through `extract` and `ingest`, in bounded memory.

Writes a generated JSONL file of about --mb megabytes (documents of about --doc-kb KB: one
violent incident told in a few sentences, then unrelated paragraphs, as long news pages are),
runs `conflictwire extract FILE --format jsonl` and `conflictwire ingest --db … FILE`, each in
its own process, and reports each one's peak resident memory (the kernel's ru_maxrss of that
process), seconds, documents per second and the number of documents it refused. Memory must
not grow with the file: extract and ingest read JSONL a line at a time.

    python bench/big_jsonl.py [--mb 100] [--doc-kb 10] [--seed 7]

Last line: name=value pairs.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLACES = [("Djibo", "Burkina Faso"), ("Boni", "Mali"), ("Ayorou", "Niger"), ("Ansongo", "Mali"), ("Dori", "Burkina Faso"),
          ("Tillabéri", "Niger"), ("Bankass", "Mali"), ("Kaya", "Burkina Faso"), ("Ménaka", "Mali"), ("Diapaga", "Burkina Faso")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# paragraphs with no violence in them: the bulk of a long page (markets, weather, sport, politics)
FILLER = [
    "Traders at the central market said the price of millet had risen again this month, and several "
    "families told reporters they now buy grain by the bowl rather than by the sack.",
    "The rainy season started late in the region, and farmers said they had sown twice after the first "
    "showers failed; agronomists expect a smaller harvest than last year.",
    "The national football team won its qualifying match on Sunday, and supporters gathered in the "
    "capital's streets until late in the evening to celebrate the result.",
    "Parliament adopted the finance law after a long debate on fuel subsidies, teachers' salaries and the "
    "cost of electricity for small businesses.",
    "Les commerçants du marché central affirment que le prix du mil a encore augmenté ce mois-ci, et "
    "plusieurs familles achètent désormais le grain au bol plutôt qu'au sac.",
    "La saison des pluies a commencé tard dans la région ; les agriculteurs disent avoir semé deux fois et "
    "les agronomes prévoient une récolte plus faible que l'an dernier.",
]


def document(i: int, rng: random.Random, size: int) -> dict[str, str]:
    place, country = rng.choice(PLACES)
    day, month = 1 + i % 28, 1 + (i // 28) % 12
    who = rng.choice(["Gunmen", "JNIM militants", "Suspected jihadists", "Islamic State fighters"])
    hit = rng.choice(["civilians", "soldiers", "traders", "gendarmes"])
    lead = (f"{who} killed {rng.randint(1, 30)} {hit} near {place}, {country}, on {day} {MONTHS[month - 1]} 2024, "
            f"local sources said. The attackers fled on motorbikes before reinforcements arrived.")
    parts = [lead]
    while sum(len(p) for p in parts) < size:
        parts.append(rng.choice(FILLER))
    return {"id": f"big-{i}", "text": "\n\n".join(parts), "published": f"2024-{month:02d}-{min(day + 1, 28):02d}",
            "language": "en"}


def write_batch(path: Path, megabytes: float, doc_kb: float, seed: int) -> int:
    rng = random.Random(seed)
    target, written, n = int(megabytes * 1_000_000), 0, 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            line = json.dumps(document(n, rng, int(doc_kb * 1000)), ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    return n


def run_measured(cmd: list[str]) -> tuple[float, int, str]:
    """Seconds, peak RSS in MB of `cmd` (run under a small parent that reads its children's
    ru_maxrss, so the bench's own memory is not counted) and its stderr."""
    probe = ("import resource, subprocess, sys\n"
             "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
             "sys.stderr.buffer.write(r.stderr)\n"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)\n")
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", probe, *cmd], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - t0
    kb, rc = done.stdout.split()
    if rc != "0":
        raise SystemExit(f"{cmd[3]} exited {rc}: {done.stderr[-500:]}")
    return seconds, int(kb) // 1024, done.stderr


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--doc-kb", type=float, default=10)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    cli = [sys.executable, "-m", "conflictwire"]
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "big.jsonl"
        docs = write_batch(batch, args.mb, args.doc_kb, args.seed)
        size_mb = batch.stat().st_size / 1e6
        ex_s, ex_rss, ex_err = run_measured([*cli, "extract", str(batch), "--format", "jsonl"])
        in_s, in_rss, in_err = run_measured([*cli, "ingest", "--db", str(Path(tmp) / "big.db"), str(batch)])
    refused = sum(1 for line in (ex_err + in_err).splitlines() if line.startswith("error"))
    print(f"file_mb={size_mb:.1f} documents={docs} extract_peak_rss_mb={ex_rss} extract_s={ex_s:.0f} "
          f"extract_docs_per_s={docs / ex_s:.1f} ingest_peak_rss_mb={in_rss} ingest_s={in_s:.0f} "
          f"ingest_docs_per_s={docs / in_s:.1f} refused={refused}")


if __name__ == "__main__":
    main()
