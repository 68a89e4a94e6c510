import { Testing } from "cdktf";
// Types of cdktf's jest matchers (toHaveResourceWithProperties, ...).
import "cdktf/lib/testing/adapters/jest";

// Registers cdktf's jest matchers.
Testing.setupJest();
