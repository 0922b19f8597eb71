"""The repositories claimcheck builds with, for this workspace and for others that use it.

A newsroom's WORKSPACE (see README, "Use the gate in your repository"):

    local_repository(name = "claimcheck", path = "/srv/claimcheck")
    load("@claimcheck//third_party:deps.bzl", "claimcheck_dependencies")
    claimcheck_dependencies(path = "/srv/claimcheck")

Everything comes from this machine: Debian's packages (bazel-bootstrap's rules and
platforms, libabsl-dev, libre2-dev, ...) and files in this repository. Nothing reaches
the network. Repositories the caller already declared are left alone.
"""

load("//third_party:system_libs.bzl", "system_libs")

def _maybe(name, path):
    if not native.existing_rule(name):
        native.local_repository(name = name, path = path)

def claimcheck_dependencies(path = "."):
    """Declares claimcheck's repositories.

    Args:
      path: where claimcheck is checked out ("." inside claimcheck itself).
    """
    _maybe("rules_cc", path + "/third_party/rules_cc")
    _maybe("rules_java", "/usr/share/bazel/rules/java")
    _maybe("platforms", "/usr/share/bazel/tools/platforms")
    _maybe("remote_coverage_tools", path + "/third_party/coverage_stub")

    # Abseil, RE2, nlohmann/json, GoogleTest and Google Benchmark from Debian, wrapped
    # as cc_library targets whose link flags come from pkg-config.
    if not native.existing_rule("system_libs"):
        system_libs(name = "system_libs")
