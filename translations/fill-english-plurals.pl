#!/usr/bin/perl
# Fills the English plural forms in attune_en.ts from the source text: "%n couple(s)" becomes "%n couple"
# and "%n couples". Only unfinished messages are touched, so forms written (and finished) by hand stay.
# Run after `ninja update_translations`:  perl translations/fill-english-plurals.pl translations/attune_en.ts
# Messages whose source has no "(s)" or "(es)" are left unfinished and named, for a person to write.
use strict;
use warnings;

my $path = shift or die "usage: $0 attune_en.ts\n";
open(my $in, '<:encoding(UTF-8)', $path) or die "cannot read $path: $!\n";
my $ts = do { local $/; <$in> };
close($in);

my ($filled, @left) = (0);
$ts =~ s{(<message numerus="yes">.*?</message>)}{fill($1)}gse;

sub fill {
    my ($message) = @_;
    my ($source) = $message =~ m{<source>(.*?)</source>}s;
    # lupdate may pre-fill an unfinished message from a same-text one elsewhere; it is rewritten too.
    my $empty = qr{<translation type="unfinished">.*?</translation>}s;
    return $message unless $message =~ $empty;
    if ($source !~ /\((?:e?s)\)/) {
        push @left, $source;
        return $message;
    }
    (my $one = $source) =~ s/\((?:e?s)\)//g;
    (my $many = $source) =~ s/\((e?s)\)/$1/g;
    $filled++;
    $message =~ s{$empty}{<translation>
            <numerusform>$one</numerusform>
            <numerusform>$many</numerusform>
        </translation>}s;
    return $message;
}

open(my $out, '>:encoding(UTF-8)', $path) or die "cannot write $path: $!\n";
print $out $ts;
close($out);
print "Filled $filled plural message(s) in $path.\n";
print "Write these by hand (no \"(s)\" in the source): $_\n" for @left;
exit(@left ? 1 : 0);
