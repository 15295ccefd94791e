package org.cablegram.cli;

/** An input that cannot be read as the kind of file it claims to be; its message is for the user. */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }
}
