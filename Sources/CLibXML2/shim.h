#ifndef COMMUNIQUE_LIBXML2_SHIM_H
#define COMMUNIQUE_LIBXML2_SHIM_H
/* The Swift code never touches ICU converters; keeping ICU's headers out of
   this module avoids clashing with the ICU that Foundation brings. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>

/* libxml2's generic error callback is variadic, which Swift cannot define:
   this one drops messages, for the thread that installs it. */
static void communique_drop_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static inline void communique_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, communique_drop_generic_error);
}
static inline void communique_xml_free(void *pointer) {
    xmlFree(pointer);
}

static inline const char *communique_libxml_version(void) {
    return LIBXML_DOTTED_VERSION;
}
#endif
