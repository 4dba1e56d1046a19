namespace EstateCommons.Containers;

/// <summary>The container tests cannot run because no Docker engine answers.</summary>
public sealed class DockerEngineUnavailableException(string problem, Exception? cause) : Exception(
    $"These tests run their dependencies (Azurite, Redis) in Docker containers, but {problem}. " +
    "Run them through tests/run.sh, which installs and starts a Docker engine when there is none. To run them " +
    "another way, start an engine, and for one older than the Docker client library (such as Debian 12's docker.io, " +
    "API 1.41) set DOCKER_API_VERSION to its API version.",
    cause);
