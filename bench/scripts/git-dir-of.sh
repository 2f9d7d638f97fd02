# Sourced by the scripts that gather public evaluation pages from git repositories.
# git_dir_of owner/name: prints a git directory holding that repository: a clone under $sources
# (named owner+name, bare or not) if there is one, else a blob-less clone from GitHub under $work.
git_dir_of() {
  local repo=$1 local_name=${1/\//+}
  for candidate in "$sources/$local_name" "$sources/$local_name/repo" "$sources/$local_name.git"; do
    if [ -n "$sources" ] && git -C "$candidate" rev-parse --git-dir >/dev/null 2>&1; then
      echo "$candidate"
      return
    fi
  done
  if [ ! -d "$work/$local_name" ]; then
    git clone --quiet --filter=blob:none --no-checkout "https://github.com/$repo" "$work/$local_name" >&2
  fi
  echo "$work/$local_name"
}
