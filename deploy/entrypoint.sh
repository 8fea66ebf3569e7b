#!/bin/sh
# The image's command: `gateway`, or `subgraph <name>`. Node replaces this shell (exec), so it is
# the container's first process and gets Kubernetes' SIGTERM itself (graceful shutdown).
set -eu
# (the image's WORKDIR, /app, holds the compiled parts)
case "${1:-}" in
  gateway)
    exec node gateway/index.js ;;
  subgraph)
    name="${2:-}"
    case "$name" in
      '' | kit | mocks | */* | .*) ;;
      *) [ -f "subgraphs/$name/index.js" ] && exec node "subgraphs/$name/index.js" ;;
    esac
    echo "usage: subgraph <name>, one of:" $(cd subgraphs && ls -d */ | tr -d / | grep -vx -e kit -e mocks) >&2
    exit 64 ;;
  *)
    echo 'usage: gateway | subgraph <name>' >&2
    exit 64 ;;
esac
