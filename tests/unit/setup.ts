// The pipeline's gazetteer reads its bytes from a source its runner gives: in the unit tests, Node's file.
import '../../src/lib/server/atlas/gazetteer';
