"""A repository rule that wraps Debian's system libraries as cc_library targets.

Link flags come from pkg-config at fetch time, so the exact set of absl_* archives that
Debian ships is never hard-coded here. Headers are in /usr/include, which the default
toolchain already searches.
"""

_LIBS = {
    # target name: (pkg-config modules, extra linkopts)
    "absl": ([
        "absl_status",
        "absl_statusor",
        "absl_strings",
        "absl_str_format",
        "absl_flat_hash_map",
        "absl_flat_hash_set",
        "absl_hash",
        "absl_time",
        "absl_civil_time",
        "absl_flags",
        "absl_flags_parse",
        "absl_flags_usage",
        "absl_synchronization",
    ], []),
    "re2": (["re2"], []),
    "gtest": (["gtest", "gmock"], []),
    "benchmark": (["benchmark"], []),
}

def _pkg_config(ctx, modules):
    result = ctx.execute(["pkg-config", "--libs"] + modules)
    if result.return_code != 0:
        fail("pkg-config --libs %s failed (run ./setup.sh to install the Debian packages): %s" %
             (" ".join(modules), result.stderr))
    return [f for f in result.stdout.strip().split(" ") if f]

def _system_libs_impl(ctx):
    lines = ['package(default_visibility = ["//visibility:public"])', ""]
    for name, (modules, extra) in _LIBS.items():
        flags = _pkg_config(ctx, modules) + extra
        lines.append("cc_library(")
        lines.append('    name = "%s",' % name)
        lines.append("    linkopts = %s," % repr(flags))
        lines.append(")")
        lines.append("")
    lines.append("cc_library(")
    lines.append('    name = "gtest_main",')
    lines.append('    linkopts = ["-lgtest_main"],')
    lines.append('    deps = [":gtest"],')
    lines.append(")")
    lines.append("")
    lines.append("cc_library(")
    lines.append('    name = "benchmark_main",')
    lines.append('    linkopts = ["-lbenchmark_main"],')
    lines.append('    deps = [":benchmark"],')
    lines.append(")")
    lines.append("")
    # nlohmann/json is header-only.
    lines.append('cc_library(name = "nlohmann_json")')
    ctx.file("BUILD.bazel", "\n".join(lines) + "\n")
    ctx.file("WORKSPACE", 'workspace(name = "%s")\n' % ctx.name)

system_libs = repository_rule(
    implementation = _system_libs_impl,
    local = True,
    environ = ["PKG_CONFIG_PATH"],
)
