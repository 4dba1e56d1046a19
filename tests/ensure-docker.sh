#!/usr/bin/env bash
# Makes sure the tests' Docker dependencies are there: an engine that answers, and the local base image the
# Dockerfiles in infra/ build FROM. On a fresh Debian machine run as root this installs docker.io and debootstrap,
# starts dockerd (published ports on 127.0.0.1 only) and makes debian:bookworm-slim with debootstrap, since no image
# registry is reachable. Quick and silent when everything is already there. Exits non-zero, saying why, when Docker
# cannot be had; the caller still runs the tests, whose container tests then fail with that reason.
set -euo pipefail

base_image=debian:bookworm-slim
dockerd_log=/var/log/estatecommons-dockerd.log

engine_answers() { docker info >/dev/null 2>&1; }

can_install() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }

install_packages() {
  echo "ensure-docker: installing $* with apt" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

start_engine() {
  if ! command -v dockerd >/dev/null 2>&1; then
    can_install || { echo "ensure-docker: no Docker engine answers, and without root and apt-get one cannot be installed." >&2; return 1; }
    install_packages docker.io
  fi
  engine_answers && return 0
  [ "$(id -u)" = 0 ] || { echo "ensure-docker: no Docker engine answers, and only root can start dockerd." >&2; return 1; }
  echo "ensure-docker: starting dockerd (log: $dockerd_log)" >&2
  # Detached from this script's session and output, so it outlives the test run and holds no pipe of the caller open.
  setsid dockerd --ip 127.0.0.1 </dev/null >>"$dockerd_log" 2>&1 &
  for _ in $(seq 60); do
    engine_answers && return 0
    sleep 1
  done
  echo "ensure-docker: dockerd did not answer within 60 s; the end of its log:" >&2
  tail -n 20 "$dockerd_log" >&2 || true
  return 1
}

seed_base_image() {
  docker image inspect "$base_image" >/dev/null 2>&1 && return 0
  if ! command -v debootstrap >/dev/null 2>&1; then
    can_install || { echo "ensure-docker: $base_image is missing, and without root and apt-get debootstrap cannot be installed to make it." >&2; return 1; }
    install_packages debootstrap
  fi
  echo "ensure-docker: making $base_image with debootstrap" >&2
  local root
  root=$(mktemp -d)
  debootstrap --variant=minbase bookworm "$root" >/dev/null
  tar -C "$root" -c . | docker import - "$base_image" >/dev/null
  rm -rf "$root"
}

engine_answers || start_engine
seed_base_image
