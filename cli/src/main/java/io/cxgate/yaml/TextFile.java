package io.cxgate.yaml;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import io.cxgate.InvalidInputException;

/** Reads a UTF-8 text file that users write (config, policies), with one-line messages for every failure. */
public final class TextFile {
    private TextFile() {
    }

    /**
     * The file's text without a leading byte-order mark.
     *
     * @param display how messages name the file
     * @param what    what the file should be, for "is a directory, not a config file"
     * @throws InvalidInputException when the file is missing, a directory, unreadable or not UTF-8
     */
    public static String read(Path file, String display, String what) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(display + ": is a directory, not " + what);
        }
        try {
            String text = Files.readString(file);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(display + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(display + ": cannot read the file: permission denied", e);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(display + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new InvalidInputException(display + ": cannot read the file: " + e.getMessage(), e);
        }
    }
}
