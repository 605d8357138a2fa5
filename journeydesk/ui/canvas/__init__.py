"""The journey canvas: a QGraphicsScene that mirrors one journey of the document."""
