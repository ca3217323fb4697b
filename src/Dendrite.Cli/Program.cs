// The `dendrite` executable: everything is in DendriteCli, so that tests run the same commands in-process.
return Dendrite.Cli.DendriteCli.Run(args);
