#!/usr/bin/env python3
"""Runs `communique export` on Apache Spark: one Spark task per shard.

    python3 scale/spark_export.py INPUT... --output OUT [--partitions N] [--binary PATH]
                                  [--format rdfxml,graphml] [--master local[2]]

Each of the N tasks runs `communique export INPUT... --shard K/N` (K = the task's partition, 1-based)
in a scratch folder of its executor and hands the partial graph file (.cqpart) back to the driver
as bytes, so executors need the binary and the inputs but no shared output folder. The driver then
runs `communique merge` on the N parts. The result is byte-identical to one `communique export`
over all inputs (the partition of a document depends only on its path and line, and the merge sorts
the articles before resolving).

With `--master local[N]` (the default: local[2]) Spark runs in this process's JVM, which is how
the tests use it; on a cluster, pass its master URL and make the binary and the inputs reachable at
the same paths on every worker (a shared file system or an image).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile


def shard_task(binary, inputs, count):
    """The mapPartitions function: runs the shard of this partition, yields (name, bytes)."""
    def run(index, _rows):
        shard = index + 1
        scratch = tempfile.mkdtemp(prefix=f"communique-shard-{shard}-")
        try:
            command = [binary, "export", *inputs, "--shard", f"{shard}/{count}", "--output", scratch, "--quiet"]
            result = subprocess.run(command, capture_output=True, text=True)
            if result.returncode != 0:
                raise RuntimeError(f"shard {shard}/{count} failed ({result.returncode}): {result.stderr.strip()}")
            for name in sorted(os.listdir(scratch)):
                if name.endswith(".cqpart"):
                    with open(os.path.join(scratch, name), "rb") as file:
                        yield name, file.read()
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    return run


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help="files and folders, as for `communique export`")
    parser.add_argument("--output", required=True)
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--binary", default=os.environ.get("COMMUNIQUE_BIN", "communique"))
    parser.add_argument("--format", default="rdfxml,graphml")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--keep-parts", help="also keep the partial files in this folder")
    args = parser.parse_args()

    binary = shutil.which(args.binary) or os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"spark_export: no communique binary at {args.binary}")
    inputs = [os.path.abspath(path) for path in args.inputs]
    count = args.partitions

    # the Python workers run this same interpreter (the one that has pyspark)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    try:
        from pyspark.sql import SparkSession
    except ImportError as error:
        sys.exit(f"spark_export: pyspark is not installed ({error}); pip install pyspark")

    spark = (SparkSession.builder.master(args.master).appName("communique-export")
             .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
             .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        rdd = spark.sparkContext.parallelize(range(count), count)
        parts = rdd.mapPartitionsWithIndex(shard_task(binary, inputs, count)).collect()
    finally:
        spark.stop()

    if len(parts) != count:
        sys.exit(f"spark_export: expected {count} partial files, got {len(parts)}")
    folder = args.keep_parts or tempfile.mkdtemp(prefix="communique-parts-")
    os.makedirs(folder, exist_ok=True)
    paths = []
    for name, data in sorted(parts):
        path = os.path.join(folder, name)
        with open(path, "wb") as file:
            file.write(data)
        paths.append(path)
    result = subprocess.run([binary, "merge", *paths, "--output", args.output, "--format", args.format, "--quiet"],
                            capture_output=True, text=True)
    if not args.keep_parts:
        shutil.rmtree(folder, ignore_errors=True)
    if result.returncode != 0:
        sys.exit(f"spark_export: merge failed ({result.returncode}): {result.stderr.strip()}")
    print(f"merged {count} Spark shards into {args.output}")


if __name__ == "__main__":
    main()
