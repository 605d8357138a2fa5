"""Maps in and out of JourneyDesk: spreadsheets, Mermaid, the open-source peers' files.

``registry`` lists the formats and converts files; ``base`` defines what a format is. This
package's modules load only when a conversion is asked for, not when the app starts.
"""
