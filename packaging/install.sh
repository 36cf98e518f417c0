#!/usr/bin/env bash
# Install the built premiumcalc folder for the current user (Linux), no root needed:
#   the program      -> ~/.local/opt/premiumcalc/
#   the menu entry   -> ~/.local/share/applications/premiumcalc.desktop
#   the icons        -> ~/.local/share/icons/hicolor/<size>/apps/premiumcalc.{png,svg}
#   the command line -> ~/.local/bin/premiumcalc (a link, if that name is free)
#
# Usage: ./install.sh [BUNDLE_DIR]      (default: this script's folder, or ../dist/premiumcalc)
#        ./install.sh --uninstall       (removes the above; saved quotes and settings stay)
# PREMIUMCALC_INSTALL_DIR overrides the program folder; XDG_DATA_HOME is honoured.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
target="${PREMIUMCALC_INSTALL_DIR:-$HOME/.local/opt/premiumcalc}"
bin_dir="$HOME/.local/bin"
apps_dir="$data_home/applications"
icons_dir="$data_home/icons/hicolor"

refresh_menus() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$apps_dir" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$icons_dir" 2>/dev/null || true
  fi
}

remove_program_dir() {
  # Only ever delete a folder that holds an installed premiumcalc.
  if [[ -e "$target" ]]; then
    if [[ ! -x "$target/premiumcalc-gui" ]]; then
      echo "install.sh: $target exists but holds no premiumcalc; not touching it" >&2
      exit 1
    fi
    rm -rf -- "$target"
  fi
}

if [[ "${1:-}" == "--uninstall" ]]; then
  remove_program_dir
  rm -f -- "$apps_dir/premiumcalc.desktop"
  find "$icons_dir" -path '*/apps/premiumcalc.*' -delete 2>/dev/null || true
  if [[ -L "$bin_dir/premiumcalc" && "$(readlink "$bin_dir/premiumcalc")" == "$target/premiumcalc" ]]; then
    rm -f -- "$bin_dir/premiumcalc"
  fi
  refresh_menus
  echo "premiumcalc removed (your quotes, tariffs and settings are kept)."
  exit 0
fi

bundle="${1:-}"
if [[ -z "$bundle" ]]; then
  if [[ -x "$here/premiumcalc-gui" ]]; then
    bundle="$here"
  else
    bundle="$here/../dist/premiumcalc"
  fi
fi
if [[ ! -x "$bundle/premiumcalc-gui" || ! -x "$bundle/premiumcalc" ]]; then
  echo "install.sh: no built premiumcalc in '$bundle' (build it with packaging/build.sh)" >&2
  exit 1
fi
bundle="$(cd "$bundle" && pwd)"

if [[ "$bundle" != "$target" ]]; then
  remove_program_dir
  mkdir -p "$(dirname "$target")"
  cp -a -- "$bundle" "$target"
fi

mkdir -p "$apps_dir"
exec_line="Exec=\"$target/premiumcalc-gui\""
sed -e "s|^Exec=.*|${exec_line//|/\\|}|" \
    "$bundle/share/applications/premiumcalc.desktop" > "$apps_dir/premiumcalc.desktop.tmp"
mv -f -- "$apps_dir/premiumcalc.desktop.tmp" "$apps_dir/premiumcalc.desktop"
chmod 644 "$apps_dir/premiumcalc.desktop"

(cd "$bundle/share/icons/hicolor" && find . -path '*/apps/premiumcalc.*' -type f) |
  while read -r icon; do
    mkdir -p "$icons_dir/$(dirname "$icon")"
    cp -f -- "$bundle/share/icons/hicolor/$icon" "$icons_dir/$icon"
  done

mkdir -p "$bin_dir"
if [[ ! -e "$bin_dir/premiumcalc" || -L "$bin_dir/premiumcalc" ]]; then
  ln -sfn -- "$target/premiumcalc" "$bin_dir/premiumcalc"
fi

refresh_menus
echo "premiumcalc installed in $target; it is in your applications menu as 'premiumcalc'."
