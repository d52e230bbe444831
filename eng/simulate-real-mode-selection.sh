#!/usr/bin/env bash
# Checks the automatic Functions SDK mode selection end to end, on a machine whose package source
# lacks the real Functions packages (see docs/FUNCTIONS-BUILD-MODES.md).
#
# It copies the repository to a temporary folder and gives the copy a local package feed holding
# STAND-IN packages under the real ids and versions (Microsoft.Azure.Functions.Worker 2.50.0, ...),
# plus an empty NUGET_PACKAGES folder. Then it runs one `dotnet build ReviewFunctions.sln` (or
# `dotnet test`, with "test" as the first argument) and checks, from that single run, that:
#   1. the solution hook restored eng/FunctionsPackagesProbe before NuGet built the restore graph,
#   2. that same run restored src/ReviewFunctions against the real package ids (assets file), and
#   3. its build reported "Functions SDK mode = real".
# Because the packages folder starts empty, src/ReviewFunctions can only have been restored with
# the real ids if it was evaluated after the probe. The stand-ins hold a copy of the offline
# declarations, so they prove the selection, not the real API: src/ReviewFunctions compiles against
# them, the test doubles that derive from real types are expected not to.
# Nothing outside the temporary folder is touched; it is deleted at the end.
set -euo pipefail

command="${1:-build}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d /tmp/rf-mode-sim.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1

version() { dotnet msbuild "$repo/src/ReviewFunctions/ReviewFunctions.csproj" -getProperty:"$1"; }
worker="$(version FunctionsWorkerVersion)"
sdk="$(version FunctionsWorkerSdkVersion)"
http="$(version FunctionsHttpExtensionVersion)"
timer="$(version FunctionsTimerExtensionVersion)"
durable="$(version FunctionsDurableTaskExtensionVersion)"

echo "== copying the repository to $work/repo"
mkdir -p "$work/repo" "$work/feed" "$work/packages"
(cd "$repo" && git ls-files -z --cached --others --exclude-standard | xargs -0 -I{} cp --parents {} "$work/repo/")

echo "== building stand-in packages"
dotnet build "$repo/eng/FunctionsWorkerDeclarations/FunctionsWorkerDeclarations.csproj" -c Release \
  -p:AssemblyName=Microsoft.Azure.Functions.Worker.Core -o "$work/standin" -nologo -v:q >/dev/null
make_package() { # id version [dll] (a dll also brings the ASP.NET Core shared framework, for IHost)
  local dir="$work/pkg/$1.$2" frameworks=""
  if [ -n "${3:-}" ]; then
    frameworks='<frameworkReferences><group targetFramework="net8.0"><frameworkReference name="Microsoft.AspNetCore.App" /></group></frameworkReferences>'
  fi
  mkdir -p "$dir/lib/net8.0"
  if [ -n "${3:-}" ]; then cp "$3" "$dir/lib/net8.0/"; else touch "$dir/lib/net8.0/_._"; fi
  cat > "$dir/$1.nuspec" <<NUSPEC
<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata><id>$1</id><version>$2</version><authors>stand-in</authors><description>stand-in for a mode-selection check</description>$frameworks</metadata>
</package>
NUSPEC
  (cd "$dir" && python3 -c "import sys,zipfile,os
z=zipfile.ZipFile(sys.argv[1],'w')
[z.write(os.path.join(r,f),os.path.relpath(os.path.join(r,f),'.')) for r,_,fs in os.walk('.') for f in fs]" "$work/feed/$1.$2.nupkg")
}
make_package Microsoft.Azure.Functions.Worker "$worker" "$work/standin/Microsoft.Azure.Functions.Worker.Core.dll"
make_package Microsoft.Azure.Functions.Worker.Sdk "$sdk"
make_package Microsoft.Azure.Functions.Worker.Extensions.Http "$http"
make_package Microsoft.Azure.Functions.Worker.Extensions.Timer "$timer"
make_package Microsoft.Azure.Functions.Worker.Extensions.DurableTask "$durable"
sed -i "s#<clear />#<clear />\n    <add key=\"standin\" value=\"$work/feed\" />#" "$work/repo/nuget.config"

echo "== dotnet $command ReviewFunctions.sln (NUGET_PACKAGES=$work/packages, empty)"
set +e
(cd "$work/repo" && NUGET_PACKAGES="$work/packages" dotnet "$command" ReviewFunctions.sln -v:n -nologo -tl:off) > "$work/log.txt" 2>&1
status=$?
set -e
echo "   exit code $status (a failure to compile test doubles against the stand-ins is expected); first errors:"
{ grep -oE '[A-Za-z]+\.cs\([0-9,]+\): error [A-Z]+[0-9]+: [^[]*' "$work/log.txt" || true; } | sort -u | head -5 | cut -c1-160 | sed 's/^/     /'

line() { { grep -n -m1 -F "$1" "$work/log.txt" || true; } | cut -d: -f1; }
probe="$(line 'ReviewFunctionsProbeFunctionsPackages:')"
real_restorable="$(line 'the real Azure Functions packages are restorable here')"
graph="$(line 'Determining projects to restore')"
mode="$(line 'Functions SDK mode = real')"
assets="$work/repo/src/ReviewFunctions/obj/project.assets.json"
echo "   log lines: probe ${probe:-?}, probe result ${real_restorable:-?}, restore ${graph:-?}, 'mode = real' ${mode:-?}"
functions_built="$(line 'ReviewFunctions -> ')"
if [ -n "$functions_built" ]; then echo "   src/ReviewFunctions compiled against the stand-ins: yes"; else echo "   src/ReviewFunctions compiled against the stand-ins: no"; fi

ok=1
[ -n "$probe" ] && [ -n "$graph" ] && [ "$probe" -lt "$graph" ] || { echo "FAIL: the probe did not run before the restore graph"; ok=0; }
[ -n "$real_restorable" ] || { echo "FAIL: the probe did not restore the stand-in packages"; ok=0; }
grep -q "\"Microsoft.Azure.Functions.Worker/$worker\"" "$assets" || { echo "FAIL: src/ReviewFunctions was not restored against Microsoft.Azure.Functions.Worker $worker"; ok=0; }
[ -n "$mode" ] || { echo "FAIL: the build did not report the real mode"; ok=0; }
if [ "$ok" = 1 ]; then
  echo "PASS: one 'dotnet $command ReviewFunctions.sln' probed, restored and built src/ReviewFunctions in the real mode"
else
  echo "---- log: $work/log.txt (kept)"; trap - EXIT; exit 1
fi
