#!/usr/bin/env bash
# Builds a catalog project over a set of TLD files and an empty class library side by side, and prints:
# cold build times (obj/ and bin/ removed, restore done beforehand), the rebuild after one edited JSON file
# (resp. one edited .cs file for the empty library), the ratios, the generated C# sizes and the assembly size.
#
#   benchmarks/measure-catalog-build.sh SET_FOLDER [runs=1]
#
# SET_FOLDER holds *.json TLD files and optionally profiles/*.json (see make-synthetic-tlds.sh). The projects
# live in a temporary folder; nothing in the repository is written except the runtime and generator builds.
# Builds use the compiler server (UseSharedCompilation=true, the SDK's default, which some CI environments turn
# off; TLDTOOLKIT_SHARED_COMPILATION=false measures without it). TLDTOOLKIT_DATA_LITERALS=utf8 sets the catalog's
# TldToolkitDataLiterals (a set whose data passes the 16 MB user-string heap needs it).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
set_folder="$(cd "${1:?usage: measure-catalog-build.sh SET_FOLDER [runs]}" && pwd)"
runs="${2:-1}"
work="$(mktemp -d /tmp/tldtoolkit-build-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

dotnet build "$repo/runtime/TldToolkit.Runtime/TldToolkit.Runtime.csproj" -c Release -v q -nologo >/dev/null
dotnet build "$repo/generator/TldToolkit.Generator.csproj" -c Release -v q -nologo >/dev/null

mkdir -p "$work/catalog" "$work/empty"
cat > "$work/catalog/Catalog.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/generator/build/TldToolkit.props" />
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Bench.Catalog</RootNamespace>
    <Nullable>enable</Nullable>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <EnableNETAnalyzers>false</EnableNETAnalyzers>
    <Features>\$(Features);enable-generator-cache</Features>
    <TldToolkitDataLiterals>${TLDTOOLKIT_DATA_LITERALS:-string}</TldToolkitDataLiterals>
  </PropertyGroup>
  <ItemGroup>
    <TldDefinition Include="$set_folder/*.json;$set_folder/profiles/*.json" />
    <Reference Include="$repo/runtime/TldToolkit.Runtime/bin/Release/net10.0/TldToolkit.Runtime.dll" />
    <Analyzer Include="$repo/generator/bin/Release/netstandard2.0/TldToolkit.Generator.dll" />
  </ItemGroup>
  <Import Project="$repo/generator/build/TldToolkit.targets" />
</Project>
EOF
cat > "$work/empty/Empty.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
</Project>
EOF
printf 'namespace Bench.Empty;\n/// <summary>Empty.</summary>\npublic static class Marker { }\n' > "$work/empty/Marker.cs"
# Keep the repository's Directory.Build.props/Packages.props out of the temporary projects.
printf '<Project></Project>\n' > "$work/Directory.Build.props"
printf '<Project></Project>\n' > "$work/Directory.Build.targets"
printf '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>\n' > "$work/Directory.Packages.props"

dotnet restore "$work/catalog" -v q -nologo >/dev/null
dotnet restore "$work/empty" -v q -nologo >/dev/null

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }
build() { dotnet build "$1" --no-restore -c Release -v q -nologo -p:TreatWarningsAsErrors=false -p:UseSharedCompilation="${TLDTOOLKIT_SHARED_COMPILATION:-true}"; }

# The file edited for the rebuild: the middle TLD file (its registryOperator, or its tld's display text).
edit_file="$(ls "$set_folder"/*.json | sort | sed -n "$(( $(ls "$set_folder"/*.json | wc -l) / 2 ))p")"
cp "$edit_file" "$work/edited.orig"
restore_edit() { cp "$work/edited.orig" "$edit_file"; }
trap 'restore_edit; if [[ -n "${TLDTOOLKIT_KEEP:-}" ]]; then cp -r "$work/catalog/obj/Release/net10.0/generated" "$TLDTOOLKIT_KEEP"; fi; rm -rf "$work"' EXIT

# Warm-up, not measured: the compiler server loads the generator and JIT-compiles it over its first builds (a
# developer's server is warm after the first few builds of a session). TLDTOOLKIT_WARMUP sets the rounds (3).
for _ in $(seq 1 "${TLDTOOLKIT_WARMUP:-3}"); do
  build "$work/empty" >/dev/null; build "$work/catalog" >/dev/null
  sed -i 's/"registryOperator": "/"registryOperator": "Edited /' "$edit_file"; build "$work/catalog" >/dev/null; restore_edit
done

for run in $(seq 1 "$runs"); do
  rm -rf "$work/empty/obj/Release" "$work/empty/bin" "$work/catalog/obj/Release" "$work/catalog/bin"
  empty_cold=$(seconds build "$work/empty")
  catalog_cold=$(seconds build "$work/catalog")
  printf '\n// edited %s\n' "$run" >> "$work/empty/Marker.cs"
  empty_edit=$(seconds build "$work/empty")
  sed -i 's/"registryOperator": "/"registryOperator": "Edited /' "$edit_file"
  catalog_edit=$(seconds build "$work/catalog")
  restore_edit
  printf 'run %s: empty cold %.1f s, catalog cold %.1f s (%.2fx); empty rebuild %.1f s, catalog rebuild after one JSON edit %.1f s (%.2fx)\n' \
    "$run" "$empty_cold" "$catalog_cold" "$(echo "$catalog_cold / $empty_cold" | bc -l)" "$empty_edit" "$catalog_edit" "$(echo "$catalog_edit / $empty_edit" | bc -l)"
done

generated="$work/catalog/obj/Release/net10.0/generated/TldToolkit.Generator/TldToolkit.Generator.TldGenerator"
files=$(ls "$generated" | wc -l)
total=$(cat "$generated"/*.cs | wc -c)
echo "generated: $files files, $total bytes of C# in all"
echo "assembly: $(stat -c %s "$work/catalog/bin/Release/net10.0/Catalog.dll") bytes"
for name in "$@"; do :; done
ls -S "$generated" | head -3 | while read -r f; do echo "  largest: $f $(wc -c < "$generated/$f") bytes"; done
ls -Sr "$generated" | head -3 | while read -r f; do echo "  smallest: $f $(wc -c < "$generated/$f") bytes"; done
if [[ -n "${TLDTOOLKIT_SHOW:-}" ]]; then for f in $TLDTOOLKIT_SHOW; do echo "  $f: $(wc -c < "$generated/$f") bytes"; done; fi
