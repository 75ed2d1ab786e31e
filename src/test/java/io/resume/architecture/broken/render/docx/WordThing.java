package io.resume.architecture.broken.render.docx;

/** A class of one renderer package. */
public final class WordThing {}
