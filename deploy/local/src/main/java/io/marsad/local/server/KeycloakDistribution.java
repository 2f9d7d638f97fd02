package io.marsad.local.server;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/** Unpacks the Keycloak archive once into the cache, and lays out per-instance copies of it. */
final class KeycloakDistribution {

    private KeycloakDistribution() {}

    /** The unpacked distribution under {@code cache}, unpacked now if it is not there yet. */
    static synchronized Path unpacked(Path archive, Path cache, String version) {
        Path target = cache.resolve("keycloak-" + version);
        if (Files.isRegularFile(target.resolve(".unpacked"))) {
            return target;
        }
        Path staging = cache.resolve("keycloak-" + version + ".partial-" + ProcessHandle.current().pid());
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            untar(archive, staging);
            Path root;
            try (Stream<Path> children = Files.list(staging)) {
                root = children.filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IllegalStateException("empty Keycloak archive " + archive));
            }
            Files.writeString(root.resolve(".unpacked"), archive.toString());
            deleteTree(target);
            Files.move(root, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(staging);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + archive + " into " + cache, e);
        }
    }

    private static void untar(Path archive, Path into) throws IOException {
        try (InputStream file = new BufferedInputStream(Files.newInputStream(archive));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = into.resolve(entry.getName()).normalize();
                if (!out.startsWith(into)) {
                    throw new IOException("archive entry escapes the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isFile()) {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0) {
                        Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(out));
                        permissions.add(PosixFilePermission.OWNER_EXECUTE);
                        permissions.add(PosixFilePermission.GROUP_EXECUTE);
                        Files.setPosixFilePermissions(out, permissions);
                    }
                }
            }
        }
    }

    /** A private copy for one instance: Keycloak writes its build (re-augmentation) and data into its home. */
    static void copyTree(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(dir)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, to.resolve(from.relativize(file)), StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }

    static void deleteTree(Path dir) {
        io.marsad.local.LocalPaths.deleteTree(dir);
    }
}
